import { useId } from 'react'
import { LineSwatch } from '../../components/LineSwatch.tsx'
import { type CaseGraph, previousPhase } from '../../domain/caseGraph.ts'
import { DIFF_STYLE } from '../../graph/diffStyle.ts'
import { useLang, useT } from '../../i18n/index.ts'
import { selectDiff, selectSizeBy, useAnalysisStore } from '../../state/analysisStore.ts'
import { sizeMeasureLabel } from './measureLabel.ts'

const LINE = '#5F5F5F'

/** The key to the diff view; shown only while the diff is on and there is a phase to compare. */
export function DiffLegend({ graph, phaseId }: { graph: CaseGraph; phaseId: string }) {
  const t = useT()
  const lang = useLang()
  const id = useId()
  const diff = useAnalysisStore(selectDiff)
  const sizeBy = useAnalysisStore(selectSizeBy)
  if (!diff || !previousPhase(graph, phaseId)) return null
  const measure = sizeMeasureLabel(sizeBy, lang)
  return (
    <section className="legend__section diff-legend" aria-labelledby={id}>
      <h3 id={id} className="legend__title">
        {t.analysis.diffLegendTitle}
      </h3>
      <ul className="legend__list">
        <li>
          <span className="diff-legend__glow" aria-hidden="true">
            <LineSwatch colour={LINE} dash={null} />
          </span>
          {t.analysis.diffNew}
        </li>
        <li>
          <span style={{ opacity: DIFF_STYLE.endedOpacity }} aria-hidden="true">
            <LineSwatch colour={DIFF_STYLE.ended} dash={DIFF_STYLE.endedDash} />
          </span>
          {t.analysis.diffEnded}
        </li>
        <li>
          <span className="diff-legend__mark" aria-hidden="true">
            +
          </span>
          {t.analysis.diffStronger}
        </li>
        <li>
          <span className="diff-legend__mark" aria-hidden="true">
            −
          </span>
          {t.analysis.diffWeaker}
        </li>
        <li>{t.analysis.diffRise(measure)}</li>
        <li>{t.analysis.diffFall(measure)}</li>
        <li>{t.analysis.diffEntered}</li>
        <li>{t.analysis.diffLeft}</li>
        <li>{t.analysis.diffRoles}</li>
      </ul>
    </section>
  )
}
