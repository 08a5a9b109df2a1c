import type { PhaseGraph } from '../caseGraph.ts'
import type { PartyType, Role } from '../vocabulary.ts'
import { type AnalysisOptions, toAnalysisGraph } from './analysisGraph.ts'
import { competitionRanks, type InfluenceIndices, influenceIndices, shares } from './influence.ts'
import type { NetworkIndices } from './networkIndices.ts'
import { measureNetwork, type NodeMeasures } from './nodeMeasures.ts'
import type { PageRankOptions } from './pagerank.ts'

/** One actor in one phase: its structural measures and its attributed influence. */
export interface ActorMetrics extends NodeMeasures {
  labelEn: string | undefined
  partyType: PartyType
  roles: readonly Role[]
  /** The dataset's Net-Map influence score, 0–8. */
  influence: number
  /** Influence over the phase total (0 when the total is 0). */
  influenceShare: number
  /** Rank by influence, 1 = most; tied actors share a rank. */
  influenceRank: number
}

/** Indices of one phase: structure (`NetworkIndices`) and spread of influence (`InfluenceIndices`). */
export type PhaseIndices = NetworkIndices & InfluenceIndices

/** Everything measured on one phase of a case. Actors are in the order of the phase graph. */
export interface PhaseMetrics {
  caseId: string
  phaseId: string
  directed: boolean
  actors: ActorMetrics[]
  indices: PhaseIndices
}

export interface PhaseMetricsOptions extends AnalysisOptions {
  pagerank?: PageRankOptions
}

/**
 * Measures one phase: the structural measures on `toAnalysisGraph(phase)` (conflicts left
 * out, parallel relations collapsed) and the influence indices on the actors' scores.
 */
export function phaseMetrics(phase: PhaseGraph, options: PhaseMetricsOptions = {}): PhaseMetrics {
  const graph = toAnalysisGraph(phase, options)
  const { nodes, network } = measureNetwork(graph, { pagerank: options.pagerank })
  const scores = phase.actors.map((a) => a.position.influence)
  const share = shares(scores)
  const rank = competitionRanks(scores)
  const actors = phase.actors.map(({ actor, position }, i) => ({
    ...(nodes[i] as NodeMeasures),
    labelEn: actor.labelEn,
    partyType: actor.partyType,
    roles: position.roles,
    influence: position.influence,
    influenceShare: share[i] ?? 0,
    influenceRank: rank[i] ?? 0,
  }))
  const influence = influenceIndices(actors)
  return {
    caseId: phase.kase.id,
    phaseId: phase.phase.id,
    directed: graph.directed,
    actors,
    indices: { ...network, ...influence },
  }
}
