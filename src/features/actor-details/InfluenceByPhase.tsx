import { INFLUENCE_MAX } from '../../domain/vocabulary.ts'
import { localized, useLang, useT } from '../../i18n/index.ts'
import type { PhaseInfluence } from './actorFacts.ts'

interface InfluenceByPhaseProps {
  rows: readonly PhaseInfluence[]
  currentPhaseId: string
}

/** A row of small bars, one per phase, height = influence; the current phase is outlined. */
export function InfluenceByPhase({ rows, currentPhaseId }: InfluenceByPhaseProps) {
  const t = useT()
  const lang = useLang()
  return (
    <ol className="mini-bars" aria-label={t.actor.perPhase}>
      {rows.map(({ phase, influence }) => {
        const name = `${phase.order}. ${localized(lang, phase.label, phase.labelEn)}`
        return (
          <li
            key={phase.id}
            className="mini-bars__cell"
            aria-current={phase.id === currentPhaseId ? 'step' : undefined}
            title={t.actor.perPhaseCell(name, influence)}
          >
            <span className="visually-hidden">{t.actor.perPhaseCell(name, influence)}</span>
            <span className="mini-bars__track" aria-hidden="true">
              {influence === null ? (
                <span className="mini-bars__absent">–</span>
              ) : (
                <span
                  className="mini-bars__bar"
                  style={{ height: `${Math.max(6, (influence / INFLUENCE_MAX) * 100)}%` }}
                />
              )}
            </span>
            <span className="mini-bars__value" aria-hidden="true">
              {influence ?? '–'}
            </span>
            <span className="mini-bars__phase" aria-hidden="true">
              {phase.order}
            </span>
          </li>
        )
      })}
    </ol>
  )
}
