import { useId } from 'react'
import type { PartyType } from '../domain/vocabulary.ts'
import { PartyPatterns, PartySwatch, patternId } from './partyPatterns.tsx'

export interface ShareRow {
  key: string
  label: string
  /** Share of the row's total per party type, 0–1. */
  shares: Readonly<Record<PartyType, number>>
}

interface ShareBarsProps {
  title: string
  desc: string
  rows: readonly ShareRow[]
  /** The party types to draw, in order; the key lists them. */
  types: readonly PartyType[]
  names: Readonly<Record<PartyType, string>>
  tableCaption: string
  rowHeader: string
  formatShare: (share: number) => string
  /** Small multiples: thin bars, no row labels or key (the screen shows one key for all). */
  compact?: boolean
}

const WIDTH = 300

/**
 * Stacked horizontal bars, one per row (phase), of shares per party type. The SVG has a title
 * and description; a visually hidden table gives the numbers to screen readers; colours come
 * with hatching and, where a segment is wide enough, its percentage.
 */
export function ShareBars(props: ShareBarsProps) {
  const { title, desc, rows, types, names, compact = false } = props
  const base = useId().replace(/:/g, '')
  const titleId = `${base}-title`
  const descId = `${base}-desc`
  const bar = compact ? 11 : 18
  const gap = compact ? 4 : 20
  const height = rows.length * (bar + gap)
  return (
    <figure className={compact ? 'share-bars share-bars--compact' : 'share-bars'}>
      <svg
        className="share-bars__svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{desc}</desc>
        <PartyPatterns base={base} />
        {rows.map((row, i) => {
          const y = i * (bar + gap) + (compact ? 0 : gap - 4)
          let x = 0
          return (
            <g key={row.key}>
              {!compact && (
                <text x={0} y={y - 4} className="share-bars__label">
                  {row.label}
                </text>
              )}
              <rect x={0} y={y} width={WIDTH} height={bar} fill="#eef1f4" />
              {types.map((type) => {
                const w = row.shares[type] * WIDTH
                const at = x
                x += w
                if (w <= 0) return null
                return (
                  <g key={type}>
                    <rect
                      x={at}
                      y={y}
                      width={w}
                      height={bar}
                      fill={`url(#${patternId(base, type)})`}
                      stroke="#ffffff"
                      strokeWidth={compact ? 0.5 : 1}
                    />
                    {!compact && w >= 34 && (
                      <text x={at + w / 2} y={y + bar / 2 + 4} className="share-bars__value">
                        {props.formatShare(row.shares[type])}
                      </text>
                    )}
                  </g>
                )
              })}
            </g>
          )
        })}
      </svg>
      {!compact && <ShareKey types={types} names={names} />}
      <ShareTable {...props} />
    </figure>
  )
}

/** The key to the party types' colours and hatching. */
export function ShareKey({
  types,
  names,
}: {
  types: readonly PartyType[]
  names: Readonly<Record<PartyType, string>>
}) {
  return (
    <ul className="share-key" aria-hidden="true">
      {types.map((type) => (
        <li key={type}>
          <PartySwatch type={type} />
          {names[type]}
        </li>
      ))}
    </ul>
  )
}

function ShareTable({ rows, types, names, tableCaption, rowHeader, formatShare }: ShareBarsProps) {
  return (
    <table className="visually-hidden">
      <caption>{tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          {types.map((type) => (
            <th key={type} scope="col">
              {names[type]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {types.map((type) => (
              <td key={type}>{formatShare(row.shares[type])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
