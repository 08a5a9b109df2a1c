import type { CaseActor, CaseGraph } from './caseGraph.ts'
import type { Position, Relation } from './schema.ts'
import { PROVENANCE_STRENGTH, type PartyType, ROLES, type RelationType } from './vocabulary.ts'

/** Whether the network shows the current phase, or the union of all phases of the case. */
export type FilterScope = 'phase' | 'all'

/** Which part of a case's network is shown (the shape of the filter store). */
export interface NetworkFilters {
  hiddenPartyTypes: readonly PartyType[]
  hiddenRelationTypes: readonly RelationType[]
  /** Actors below this influence (0–8) are hidden; actors without influence count as 0. */
  minInfluence: number
  /** Relations below this strength (1–3) are hidden. */
  minStrength: number
  /** Show one actor's ties `depth` steps out and hide the rest; null shows everything. */
  expand: { actorId: string; depth: 1 | 2 } | null
  scope: FilterScope
}

export const DEFAULT_NETWORK_FILTERS: NetworkFilters = {
  hiddenPartyTypes: [],
  hiddenRelationTypes: [],
  minInfluence: 0,
  minStrength: 1,
  expand: null,
  scope: 'phase',
}

/** True when the filters hide anything (the scope alone hides nothing). */
export function isFiltering(filters: NetworkFilters): boolean {
  return (
    filters.hiddenPartyTypes.length > 0 ||
    filters.hiddenRelationTypes.length > 0 ||
    filters.minInfluence > 0 ||
    filters.minStrength > 1 ||
    filters.expand !== null
  )
}

/**
 * An actor over all phases: the union of its roles and its highest influence, with the
 * provenance of the weakest position it was drawn from.
 */
export function unionPosition(positions: Iterable<Position>, phaseId: string): Position | null {
  const all = [...positions]
  const first = all[0]
  if (!first) return null
  const roles = new Set(all.flatMap((p) => p.roles))
  let weakest = first
  for (const p of all)
    if (PROVENANCE_STRENGTH[p.provenance.kind] < PROVENANCE_STRENGTH[weakest.provenance.kind])
      weakest = p
  return {
    phase: phaseId,
    roles: ROLES.filter((role) => roles.has(role)),
    influence: Math.max(...all.map((p) => p.influence)),
    provenance: weakest.provenance,
  }
}

/** The actor's position in scope: in the phase, or (scope 'all') the union over all phases. */
function positionInScope(entry: CaseActor, phaseId: string, scope: FilterScope) {
  return scope === 'phase'
    ? entry.positions.get(phaseId)
    : (unionPosition(entry.positions.values(), phaseId) ?? undefined)
}

/** Actor ids within `depth` ties of `start`, the start included. */
function neighbourhood(start: string, relations: readonly Relation[], depth: number): Set<string> {
  const reached = new Set([start])
  let frontier = [start]
  for (let step = 0; step < depth; step++) {
    const next: string[] = []
    for (const rel of relations) {
      for (const [from, to] of [
        [rel.source, rel.target],
        [rel.target, rel.source],
      ] as const) {
        if (frontier.includes(from) && !reached.has(to)) {
          reached.add(to)
          next.push(to)
        }
      }
    }
    frontier = next
  }
  return reached
}

/**
 * The part of a case graph the filters leave visible, as a case graph of its own, so the
 * drawing, legend, tables and measures all read the same network.
 *
 * - The result keeps the case object (`kase`), so the case layout (cached per case) and thus
 *   every actor's position stay the same: filtering never moves anyone.
 * - Scope 'phase': actors absent from the phase stay (drawn faded) unless a filter hides
 *   them; absent actors have no influence, so any minimum influence hides them.
 * - Scope 'all': every actor that takes part in some phase, with its union position stored
 *   under `phaseId`, and every relation of any phase marked as holding in `phaseId`.
 * - Neighbourhood: the chosen actor and everyone within `depth` ties over the relations left
 *   visible by the other filters, with all ties among them (its ego network).
 */
export function filterCaseGraph(
  graph: CaseGraph,
  phaseId: string,
  filters: NetworkFilters,
): CaseGraph {
  if (!isFiltering(filters) && filters.scope === 'phase') return graph
  const hiddenParty = new Set<string>(filters.hiddenPartyTypes)
  const hiddenType = new Set<string>(filters.hiddenRelationTypes)
  const actors: CaseActor[] = []
  for (const entry of graph.actors) {
    if (hiddenParty.has(entry.actor.partyType)) continue
    const position = positionInScope(entry, phaseId, filters.scope)
    if ((position?.influence ?? 0) < filters.minInfluence) continue
    if (filters.scope === 'all' && !position) continue
    const positions =
      filters.scope === 'all' && position
        ? new Map([...entry.positions, [phaseId, position]])
        : entry.positions
    actors.push({ ...entry, positions })
  }
  let kept = new Set(actors.map((a) => a.actor.id))
  const holds = (rel: Relation) => filters.scope === 'all' || rel.phases.includes(phaseId)
  let relations = graph.relations.filter(
    (rel) =>
      !hiddenType.has(rel.type) &&
      rel.strength >= filters.minStrength &&
      kept.has(rel.source) &&
      kept.has(rel.target),
  )
  if (filters.expand && kept.has(filters.expand.actorId)) {
    const present = new Set(actors.filter((a) => a.positions.has(phaseId)).map((a) => a.actor.id))
    const live = relations.filter(
      (rel) => holds(rel) && present.has(rel.source) && present.has(rel.target),
    )
    kept = neighbourhood(filters.expand.actorId, live, filters.expand.depth)
    relations = relations.filter((rel) => kept.has(rel.source) && kept.has(rel.target))
  } else if (filters.expand) {
    kept = new Set()
    relations = []
  }
  if (filters.scope === 'all')
    relations = relations.map((rel) =>
      rel.phases.includes(phaseId) ? rel : { ...rel, phases: [...rel.phases, phaseId] },
    )
  return {
    kase: graph.kase,
    phases: graph.phases,
    actors: actors.filter((a) => kept.has(a.actor.id)),
    relations,
  }
}
