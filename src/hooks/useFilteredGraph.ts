import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { CaseGraph } from '../domain/caseGraph.ts'
import { filterCaseGraph, type NetworkFilters } from '../domain/filters.ts'
import { useFilterStore } from '../state/filterStore.ts'

const pickFilters = (s: NetworkFilters): NetworkFilters => ({
  hiddenPartyTypes: s.hiddenPartyTypes,
  hiddenRelationTypes: s.hiddenRelationTypes,
  minInfluence: s.minInfluence,
  minStrength: s.minStrength,
  expand: s.expand,
  scope: s.scope,
})

/** The filters as one object; stable while none of them changes. */
export function useNetworkFilters(): NetworkFilters {
  return useFilterStore(useShallow(pickFilters))
}

/**
 * The part of the case the filters leave visible (see `filterCaseGraph`). The graph itself is
 * returned while nothing is filtered, so caches keyed on it keep working.
 */
export function useFilteredGraph(graph: CaseGraph, phaseId: string): CaseGraph
export function useFilteredGraph(
  graph: CaseGraph | null,
  phaseId: string | undefined,
): CaseGraph | null
export function useFilteredGraph(
  graph: CaseGraph | null,
  phaseId: string | undefined,
): CaseGraph | null {
  const filters = useNetworkFilters()
  return useMemo(
    () => (graph && phaseId ? filterCaseGraph(graph, phaseId, filters) : graph),
    [graph, phaseId, filters],
  )
}
