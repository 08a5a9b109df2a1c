import { INFLUENCE_MAX } from '../../domain/vocabulary.ts'

const W = 120
const H = 32
const PAD = 4

/**
 * Influence per phase as a small line with a dot per phase; a phase without the actor breaks
 * the line and shows an open ring on the baseline. The values are also given as text.
 */
export function Sparkline({
  values,
  label,
}: {
  values: readonly (number | null)[]
  label: string
}) {
  const step = values.length > 1 ? (W - 2 * PAD) / (values.length - 1) : 0
  const x = (i: number) => PAD + i * step
  const y = (v: number) => H - PAD - (v / INFLUENCE_MAX) * (H - 2 * PAD)
  const segments: string[] = []
  let path = ''
  values.forEach((v, i) => {
    if (v === null) {
      if (path) segments.push(path)
      path = ''
      return
    }
    path += `${path ? 'L' : 'M'}${x(i)},${y(v)}`
  })
  if (path) segments.push(path)
  return (
    <svg
      className="sparkline"
      width={W}
      height={H}
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={label}
    >
      <line x1={PAD} x2={W - PAD} y1={H - PAD} y2={H - PAD} stroke="#9aa5b1" strokeWidth={1} />
      {segments.map((d) => (
        <path key={d} d={d} fill="none" stroke="#0b5cad" strokeWidth={2} />
      ))}
      {values.map((v, i) =>
        v === null ? (
          <circle key={i} cx={x(i)} cy={H - PAD} r={3} fill="#ffffff" stroke="#52606d" />
        ) : (
          <circle key={i} cx={x(i)} cy={y(v)} r={3} fill="#0b5cad" />
        ),
      )}
    </svg>
  )
}
