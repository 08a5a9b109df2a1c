import { useMemo } from 'react'
import type { CaseGraph } from '../domain/caseGraph.ts'
import { type CaseMetrics, measureCase } from '../domain/metrics/caseMetrics.ts'

// One measurement per case graph, shared by the network, the shift panel and the actor table.
const cache = new WeakMap<CaseGraph, CaseMetrics>()

/** Every phase of the case measured, and the transitions between them; cached per graph. */
export function caseMetricsOf(graph: CaseGraph): CaseMetrics {
  const cached = cache.get(graph)
  if (cached) return cached
  const measured = measureCase(graph)
  cache.set(graph, measured)
  return measured
}

export function useCaseMetrics(graph: CaseGraph): CaseMetrics {
  return useMemo(() => caseMetricsOf(graph), [graph])
}
