import { useMemo } from 'react'
import type { CaseGraph } from '../domain/caseGraph.ts'
import { transitionInto } from '../domain/metrics/caseMetrics.ts'
import type { Role } from '../domain/vocabulary.ts'
import { applyDiff, applySizeScale } from '../graph/diffElements.ts'
import { influenceScale, sizeScale } from '../graph/sizeScale.ts'
import type { toElements } from '../graph/toElements.ts'
import { useLang, useT } from '../i18n/index.ts'
import { selectDiff, selectSizeBy, useAnalysisStore } from '../state/analysisStore.ts'
import { caseMetricsOf } from './useCaseMetrics.ts'

type Elements = ReturnType<typeof toElements>

/**
 * The phase's elements as the analysis controls ask: nodes sized by the chosen measure on a
 * case-wide scale and, with the diff on and an earlier phase to compare with, the changes
 * since that phase (ended relations included).
 */
export function useAnalysisElements(graph: CaseGraph, phaseId: string, base: Elements): Elements {
  const t = useT()
  const lang = useLang()
  const sizeBy = useAnalysisStore(selectSizeBy)
  const diffOn = useAnalysisStore(selectDiff)
  // Sizing by influence without the diff needs no network measures: the first drawing of a
  // case does not wait for them.
  const needsMeasures = sizeBy !== 'influence' || diffOn
  const measured = useMemo(
    () => (needsMeasures ? caseMetricsOf(graph) : null),
    [graph, needsMeasures],
  )
  const scale = useMemo(
    () =>
      measured
        ? sizeScale(
            measured.phases.map((p) => p.metrics),
            sizeBy,
          )
        : influenceScale(graph),
    [measured, sizeBy, graph],
  )
  return useMemo(() => {
    const sized = applySizeScale(base, phaseId, scale)
    const transition = diffOn && measured ? transitionInto(measured, phaseId) : undefined
    const previous = measured?.phases.find((p) => p.metrics.phaseId === transition?.from.phaseId)
    if (!transition || !previous) return sized
    const texts = {
      entered: t.analysis.badgeEntered,
      left: t.analysis.badgeLeft,
      role: (role: Role) => t.vocab.role[role],
    }
    return applyDiff(sized, scale, { transition, previous: previous.graph, lang, texts })
  }, [base, phaseId, scale, diffOn, measured, lang, t])
}
