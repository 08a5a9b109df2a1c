import { type CaseGraph, type PhaseGraph, phaseGraph } from '../caseGraph.ts'
import { PARTY_TYPES, type PartyType, type Role } from '../vocabulary.ts'
import { type Change, change } from './change.ts'
import {
  type ActorMetrics,
  type PhaseIndices,
  type PhaseMetrics,
  type PhaseMetricsOptions,
  phaseMetrics,
} from './phaseMetrics.ts'
import { diffRelations, type RelationChange } from './relationDiff.ts'

/** The numeric measures of an actor that a diff follows. */
export const ACTOR_CHANGE_KEYS = [
  'degree',
  'inDegree',
  'outDegree',
  'strength',
  'betweenness',
  'betweennessNormalized',
  'closeness',
  'pagerank',
  'influence',
  'influenceShare',
  'influenceRank',
] as const satisfies readonly (keyof ActorMetrics)[]
export type ActorChangeKey = (typeof ACTOR_CHANGE_KEYS)[number]

/** The numeric indices of a phase that a diff follows. */
export const INDEX_CHANGE_KEYS = [
  'n',
  'm',
  'density',
  'degreeCentralization',
  'inDegreeCentralization',
  'outDegreeCentralization',
  'betweennessCentralization',
  'totalInfluence',
  'hhi',
  'hhiNormalized',
  'effectiveNumber',
  'gini',
  'giniNormalized',
] as const satisfies readonly (keyof PhaseIndices)[]
export type IndexChangeKey = (typeof INDEX_CHANGE_KEYS)[number]

/** An actor across two phases. */
export interface ActorChange {
  id: string
  label: string
  labelEn: string | undefined
  partyType: PartyType
  status: 'stayed' | 'entered' | 'left'
  /**
   * Each measure in both phases. For `influenceRank` a negative delta means the actor
   * climbed (rank 1 is the most influential).
   */
  measures: Record<ActorChangeKey, Change>
  /** Roles held in the later phase and not in the earlier one (all roles for an actor that enters). */
  rolesAdded: Role[]
  /** Roles held in the earlier phase and not in the later one (all roles for an actor that leaves). */
  rolesRemoved: Role[]
}

/** What changed from one phase of a case to another. */
export interface PhaseDiff {
  caseId: string
  from: PhaseMetrics
  to: PhaseMetrics
  /** Actors of the earlier phase in its order, then those that enter. */
  actors: ActorChange[]
  entered: string[]
  left: string[]
  /** Actors present in both phases whose roles changed. */
  roleChanges: { id: string; added: Role[]; removed: Role[] }[]
  relations: RelationChange[]
  partyTypeShares: Record<PartyType, Change>
  indices: Record<IndexChangeKey, Change>
  top: { from: PhaseIndices['top']; to: PhaseIndices['top'] }
}

function actorChange(a: ActorMetrics | undefined, b: ActorMetrics | undefined): ActorChange {
  const either = (b ?? a) as ActorMetrics
  const before = new Set(a?.roles ?? [])
  const after = new Set(b?.roles ?? [])
  const measures = Object.fromEntries(
    ACTOR_CHANGE_KEYS.map((key) => [key, change(a?.[key], b?.[key])]),
  ) as Record<ActorChangeKey, Change>
  return {
    id: either.id,
    label: either.label,
    labelEn: either.labelEn,
    partyType: either.partyType,
    status: a && b ? 'stayed' : a ? 'left' : 'entered',
    measures,
    rolesAdded: [...after].filter((r) => !before.has(r)),
    rolesRemoved: [...before].filter((r) => !after.has(r)),
  }
}

/** Compares two measured phases. `fromGraph`/`toGraph` supply the relations. */
export function diffMetrics(
  from: PhaseMetrics,
  to: PhaseMetrics,
  fromGraph: PhaseGraph,
  toGraph: PhaseGraph,
): PhaseDiff {
  const before = new Map(from.actors.map((a) => [a.id, a]))
  const after = new Map(to.actors.map((a) => [a.id, a]))
  const ids = [...new Set([...before.keys(), ...after.keys()])]
  const actors = ids.map((id) => actorChange(before.get(id), after.get(id)))
  const fi = from.indices
  const ti = to.indices
  return {
    caseId: from.caseId,
    from,
    to,
    actors,
    entered: actors.filter((a) => a.status === 'entered').map((a) => a.id),
    left: actors.filter((a) => a.status === 'left').map((a) => a.id),
    roleChanges: actors
      .filter((a) => a.status === 'stayed' && a.rolesAdded.length + a.rolesRemoved.length > 0)
      .map((a) => ({ id: a.id, added: a.rolesAdded, removed: a.rolesRemoved })),
    relations: diffRelations(fromGraph.relations, toGraph.relations),
    partyTypeShares: Object.fromEntries(
      PARTY_TYPES.map((t) => [t, change(fi.partyTypeShares[t], ti.partyTypeShares[t])]),
    ) as Record<PartyType, Change>,
    indices: Object.fromEntries(
      INDEX_CHANGE_KEYS.map((key) => [key, change(fi[key], ti[key])]),
    ) as Record<IndexChangeKey, Change>,
    top: { from: fi.top, to: ti.top },
  }
}

/** Measures two phases of a case (typically consecutive) and compares them. */
export function diffPhases(
  from: PhaseGraph,
  to: PhaseGraph,
  options: PhaseMetricsOptions = {},
): PhaseDiff {
  return diffMetrics(phaseMetrics(from, options), phaseMetrics(to, options), from, to)
}

/** The diffs between each pair of consecutive phases of a case, in phase order. */
export function diffConsecutivePhases(
  graph: CaseGraph,
  options: PhaseMetricsOptions = {},
): PhaseDiff[] {
  const phases = graph.phases.flatMap((p) => phaseGraph(graph, p.id) ?? [])
  return phases.slice(1).map((to, i) => diffPhases(phases[i] as PhaseGraph, to, options))
}
