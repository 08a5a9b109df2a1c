import { buildCaseGraph, type CaseGraph } from '../../domain/caseGraph.ts'
import type { Dataset } from '../../domain/schema.ts'
import type { Lang } from '../../state/localeStore.ts'
import { resolveView } from '../../state/resolveView.ts'
import { readLangParam, readViewParams } from '../../state/urlParams.ts'
import { rendererFor } from '../levelOfDetail.ts'
import { addressAllowsEarlyDrawing } from './earlyAddress.ts'

/** The network an address asks for, as the explorer will show it before any user input. */
export interface EarlyView {
  graph: CaseGraph
  phaseId: string
  actorId: string | null
  lang: Lang
}

/**
 * The explorer's network for an address that names a case and nothing the first drawing could
 * get wrong (filters, analysis, a workspace, another screen, an id that needs a notice, a case
 * for the large-network view); null otherwise, and the app draws it as usual.
 */
export function earlyViewOf(dataset: Dataset, search: string): EarlyView | null {
  if (!addressAllowsEarlyDrawing(search)) return null
  const { view, notices } = resolveView(dataset, readViewParams(search))
  if (notices.length > 0 || view.screen !== 'explore') return null
  const kase = dataset.cases.find((c) => c.id === view.caseId)
  if (!kase || view.phaseId === null) return null
  const graph = buildCaseGraph(dataset, kase)
  if (rendererFor(graph.actors.length) !== 'cytoscape') return null
  return { graph, phaseId: view.phaseId, actorId: view.actorId, lang: readLangParam(search) }
}
