import { type CaseGraph, type PhaseGraph, phaseGraph } from '../caseGraph.ts'
import { diffMetrics, type PhaseDiff } from './phaseDiff.ts'
import { type PhaseMetrics, type PhaseMetricsOptions, phaseMetrics } from './phaseMetrics.ts'

/** Every phase of a case, measured, in phase order. */
export interface CaseMetrics {
  phases: { graph: PhaseGraph; metrics: PhaseMetrics }[]
  /** Diffs between consecutive phases: `transitions[i]` goes from phase i to phase i + 1. */
  transitions: PhaseDiff[]
}

/** Measures each phase of a case once and compares consecutive phases. */
export function measureCase(graph: CaseGraph, options: PhaseMetricsOptions = {}): CaseMetrics {
  const phases = graph.phases.flatMap((p) => {
    const g = phaseGraph(graph, p.id)
    return g ? [{ graph: g, metrics: phaseMetrics(g, options) }] : []
  })
  const transitions = phases.slice(1).flatMap((to, i) => {
    const from = phases[i]
    return from ? [diffMetrics(from.metrics, to.metrics, from.graph, to.graph)] : []
  })
  return { phases, transitions }
}

/** The diff from the phase before `phaseId` to `phaseId`, if there is an earlier phase. */
export function transitionInto(measured: CaseMetrics, phaseId: string): PhaseDiff | undefined {
  return measured.transitions.find((d) => d.to.phaseId === phaseId)
}
