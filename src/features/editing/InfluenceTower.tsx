import type { KeyboardEvent } from 'react'
import { INFLUENCE_MAX, INFLUENCE_MIN } from '../../domain/vocabulary.ts'
import { clamp } from '../../lib/clamp.ts'
import { useT } from '../../i18n/index.ts'

interface InfluenceTowerProps {
  value: number
  onChange: (value: number) => void
  /** The accessible name, e.g. "Invloed van Gemeente in Start". */
  label: string
  disabled?: boolean
}

const DISCS = Array.from({ length: INFLUENCE_MAX }, (_, i) => INFLUENCE_MAX - i)

/**
 * The Net-Map influence tower: 0–8 stacked discs. One slider for keyboard and screen readers
 * (arrows, Page Up/Down, Home, End); a click on a disc sets the tower to that height, a click
 * on the top disc takes it off.
 */
export function InfluenceTower({ value, onChange, label, disabled = false }: InfluenceTowerProps) {
  const t = useT().editing.tower
  const set = (next: number) => {
    const clamped = clamp(next, INFLUENCE_MIN, INFLUENCE_MAX)
    if (clamped !== value && !disabled) onChange(clamped)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const steps: Record<string, number> = {
      ArrowUp: value + 1,
      ArrowRight: value + 1,
      ArrowDown: value - 1,
      ArrowLeft: value - 1,
      PageUp: value + 2,
      PageDown: value - 2,
      Home: INFLUENCE_MIN,
      End: INFLUENCE_MAX,
    }
    const next = steps[event.key]
    if (next === undefined) return
    event.preventDefault()
    set(next)
  }
  return (
    <div
      className="influence-tower"
      role="slider"
      tabIndex={disabled ? -1 : 0}
      aria-label={label}
      aria-valuemin={INFLUENCE_MIN}
      aria-valuemax={INFLUENCE_MAX}
      aria-valuenow={value}
      aria-valuetext={t.value(value)}
      aria-orientation="vertical"
      aria-disabled={disabled || undefined}
      onKeyDown={onKeyDown}
    >
      <span className="influence-tower__discs" aria-hidden="true">
        {DISCS.map((level) => (
          <span
            key={level}
            className={level <= value ? 'influence-tower__disc is-on' : 'influence-tower__disc'}
            onClick={() => set(level === value ? level - 1 : level)}
          />
        ))}
      </span>
      <span className="influence-tower__value" aria-hidden="true">
        {value}
      </span>
    </div>
  )
}
