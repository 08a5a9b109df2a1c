import { useId } from 'react'
import type { Phase } from '../../domain/schema.ts'
import { localized, useLang, useT } from '../../i18n/index.ts'
import { selectGoToPhase, useViewStore } from '../../state/viewStore.ts'

interface PhaseStepperProps {
  /** The case's phases in order. */
  phases: readonly Phase[]
  phaseId: string
}

/** Previous/next buttons, the phases as a clickable row, and the current phase's narrative. */
export function PhaseStepper({ phases, phaseId }: PhaseStepperProps) {
  const t = useT()
  const lang = useLang()
  const goToPhase = useViewStore(selectGoToPhase)
  const titleId = useId()
  const index = Math.max(
    0,
    phases.findIndex((p) => p.id === phaseId),
  )
  const current = phases[index]
  const previous = phases[index - 1]
  const next = phases[index + 1]
  const goPrevious = () => previous && goToPhase(previous.id)
  const goNext = () => next && goToPhase(next.id)
  if (!current) return null

  return (
    <div className="stepper">
      <nav className="stepper__bar" aria-label={t.phase.navLabel}>
        {/* aria-disabled rather than disabled: the button keeps focus at the first/last phase. */}
        <button
          type="button"
          className="stepper__step"
          aria-disabled={previous ? undefined : 'true'}
          onClick={goPrevious}
        >
          <span aria-hidden="true">←</span>{' '}
          <span className="stepper__step-text">{t.phase.previous}</span>
        </button>
        <ol className="stepper__phases">
          {phases.map((phase) => (
            <li key={phase.id}>
              <button
                type="button"
                className="stepper__phase"
                aria-current={phase.id === current.id ? 'step' : undefined}
                title={localized(lang, phase.label, phase.labelEn)}
                onClick={() => goToPhase(phase.id)}
              >
                <span className="stepper__number" aria-hidden="true">
                  {phase.order}
                </span>
                <span className="visually-hidden">{t.phase.name(phase.order)}:</span>{' '}
                <span className="stepper__label">
                  {localized(lang, phase.label, phase.labelEn)}
                </span>
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="stepper__step"
          aria-disabled={next ? undefined : 'true'}
          onClick={goNext}
        >
          <span className="stepper__step-text">{t.phase.next}</span>{' '}
          <span aria-hidden="true">→</span>
        </button>
      </nav>
      <div aria-live="polite">
        <p className="stepper__position">
          {t.phase.position(index + 1, phases.length)}
          {periodText(current) && <span> · {periodText(current)}</span>}
          <span className="stepper__hint"> · {t.phase.keysHint}</span>
        </p>
        {/* Focusable: the text may scroll, and keyboard users must be able to scroll it. */}
        <div className="stepper__narrative" role="group" aria-labelledby={titleId} tabIndex={0}>
          <h3 id={titleId} className="stepper__title">
            {localized(lang, current.label, current.labelEn)}
          </h3>
          <p className="stepper__text">{localized(lang, current.narrative, current.narrativeEn)}</p>
        </div>
      </div>
    </div>
  )
}

function periodText(phase: Phase): string {
  const { start, end } = phase.period ?? {}
  if (start && end) return start === end ? start : `${start} – ${end}`
  return start ?? end ?? ''
}
