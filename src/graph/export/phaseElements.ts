import type { Core, ElementDefinition } from 'cytoscape'
import type { CaseGraph } from '../../domain/caseGraph.ts'
import { measureCase } from '../../domain/metrics/caseMetrics.ts'
import type { SizeMeasure } from '../../state/analysisStore.ts'
import type { ColourMode } from '../../state/graphOptionsStore.ts'
import type { Lang } from '../../state/localeStore.ts'
import { applySizeScale } from '../diffElements.ts'
import { caseLayout } from '../layout.ts'
import { sizeScale } from '../sizeScale.ts'
import { toElements } from '../toElements.ts'

export interface PhaseElementOptions {
  lang: Lang
  colourMode: ColourMode
  sizeBy: SizeMeasure
}

/**
 * The elements of every phase of a case as the explorer would draw them (case-wide positions,
 * sizes on the case-wide scale), without anyone's selection: for filmstrips and batches.
 */
export function casePhaseElements(
  graph: CaseGraph,
  options: PhaseElementOptions,
): Map<string, ElementDefinition[]> {
  const positions = caseLayout(graph)
  const measured = measureCase(graph)
  const scale = sizeScale(
    measured.phases.map((p) => p.metrics),
    options.sizeBy,
  )
  return new Map(
    graph.phases.map((phase) => {
      const base = toElements(graph, phase.id, positions, {
        lang: options.lang,
        colourMode: options.colourMode,
        selectedActorId: null,
      })
      return [phase.id, applySizeScale(base, phase.id, scale)]
    }),
  )
}

/** Ids of the actors and relations drawn by the live core (filters hide the rest). */
export function shownIds(core: Core): { actorIds: Set<string>; relationIds: Set<string> } {
  const actorIds = new Set<string>()
  const relationIds = new Set<string>()
  core.elements().forEach((ele) => {
    if (!ele.visible()) return
    const data = ele.data() as { actorId?: unknown; relationId?: unknown }
    if (ele.isNode() && typeof data.actorId === 'string') actorIds.add(data.actorId)
    if (ele.isEdge() && typeof data.relationId === 'string') relationIds.add(data.relationId)
  })
  return { actorIds, relationIds }
}
