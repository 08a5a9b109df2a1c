import { useId } from 'react'
import { type CaseGraph, previousPhase } from '../../domain/caseGraph.ts'
import { localized, useLang, useT } from '../../i18n/index.ts'
import { selectDiff, useAnalysisStore } from '../../state/analysisStore.ts'

const selectToggleDiff = (s: ReturnType<typeof useAnalysisStore.getState>) => s.toggleDiff

/**
 * Turns the diff view on and off. In the first phase there is nothing to compare with: the
 * button is disabled and says why.
 */
export function DiffToggle({ graph, phaseId }: { graph: CaseGraph; phaseId: string }) {
  const t = useT()
  const lang = useLang()
  const noteId = useId()
  const diff = useAnalysisStore(selectDiff)
  const toggleDiff = useAnalysisStore(selectToggleDiff)
  const previous = previousPhase(graph, phaseId)
  return (
    <div className="analysis-control">
      <button
        type="button"
        className="button analysis-control__toggle"
        aria-pressed={previous ? diff : false}
        aria-describedby={noteId}
        disabled={!previous}
        onClick={toggleDiff}
      >
        {t.analysis.diffToggle}
      </button>
      <p id={noteId} className="analysis-control__note">
        {previous
          ? t.analysis.diffComparing(localized(lang, previous.label, previous.labelEn))
          : t.analysis.diffFirstPhase}
      </p>
    </div>
  )
}
