import { useMemo } from 'react'
import type { CaseGraph } from '../../domain/caseGraph.ts'
import { formatSizeValue, sizeScale } from '../../graph/sizeScale.ts'
import { useCaseMetrics } from '../../hooks/useCaseMetrics.ts'
import { useLang, useT } from '../../i18n/index.ts'
import { selectSizeBy, useAnalysisStore } from '../../state/analysisStore.ts'
import { sizeMeasureLabel } from './measureLabel.ts'

/**
 * The legend's size entry: which measure sets node size, and three reference sizes with their
 * values on the case-wide scale (a list item for the legend's list of cues).
 */
export function SizeScaleCue({ graph }: { graph: CaseGraph }) {
  const t = useT()
  const lang = useLang()
  const sizeBy = useAnalysisStore(selectSizeBy)
  const measured = useCaseMetrics(graph)
  const scale = useMemo(
    () =>
      sizeScale(
        measured.phases.map((p) => p.metrics),
        sizeBy,
      ),
    [measured, sizeBy],
  )
  // With no spread at all (no relations anywhere), one reference size says it all.
  const stops = scale.max > 0 ? scale.stops : scale.stops.slice(0, 1)
  return (
    <li className="legend__size size-scale">
      <span className="size-scale__title">
        {t.analysis.sizeScaleTitle(sizeMeasureLabel(sizeBy, lang))}
      </span>
      <span className="size-scale__stops">
        {stops.map(({ value, size }) => (
          <span key={value} className="size-scale__stop">
            <span
              className="legend__dot"
              aria-hidden="true"
              style={{ width: size / 2, height: size / 2 }}
            />
            <span className="size-scale__value">{formatSizeValue(sizeBy, value, lang)}</span>
          </span>
        ))}
      </span>
      <span className="size-scale__note">{t.analysis.sizeScaleNote}</span>
    </li>
  )
}
