import type { CaseMetrics } from '../../domain/metrics/caseMetrics.ts'
import { summarizeShift } from '../../domain/metrics/shiftSummary.ts'
import { localized, useLang, useT } from '../../i18n/index.ts'

/** The plain-language summary of each transition between phases, in the chosen language. */
export function ShiftSummaries({ measured }: { measured: CaseMetrics }) {
  const t = useT()
  const lang = useLang()
  const label = (phaseId: string) => {
    const phase = measured.phases.find((p) => p.metrics.phaseId === phaseId)?.graph.phase
    return phase ? localized(lang, phase.label, phase.labelEn) : phaseId
  }
  return (
    <div className="shift-summaries">
      <h3 className="details__subhead">{t.analysis.summaryTitle}</h3>
      {measured.transitions.length === 0 && <p className="muted">{t.analysis.onePhase}</p>}
      {measured.transitions.map((diff) => (
        <section key={diff.to.phaseId} className="shift-summaries__item">
          <h4 className="shift-summaries__title">
            {t.analysis.transition(label(diff.from.phaseId), label(diff.to.phaseId))}
          </h4>
          <ul className="shift-summaries__list">
            {summarizeShift(diff, lang).map((sentence) => (
              <li key={`${sentence.kind}-${sentence.subject}`}>{sentence.text}.</li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
