import { buildCaseGraph } from './caseGraph.ts'
import type { Actor, Case, Dataset } from './schema.ts'
import {
  PARTY_TYPES,
  type PartyType,
  RELATION_TYPES,
  type RelationType,
  type Role,
} from './vocabulary.ts'

/** What to follow across the cases: a party type, or a recurring kind of actor. */
export type PartySelector =
  { kind: 'partyType'; partyType: PartyType } | { kind: 'category'; category: string }

/** One matching actor in one case. Arrays run over the case's phases in order. */
export interface ActorAcross {
  actor: Actor
  /** Influence per phase; null where the actor does not take part. */
  influence: (number | null)[]
  roles: (readonly Role[] | null)[]
  /** Relations of the actor in the case (any phase), counted per type. */
  tieTypes: Partial<Record<RelationType, number>>
  ties: number
}

export interface CaseAcross {
  kase: Case
  /** Phase labels in order, for the per-phase rows. */
  phaseIds: string[]
  actors: ActorAcross[]
}

function matches(actor: Actor, selector: PartySelector): boolean {
  return selector.kind === 'partyType'
    ? actor.partyType === selector.partyType
    : actor.category === selector.category
}

/** Kinds of actor (`category`) that occur in at least `minCases` cases, most widespread first. */
export function recurringCategories(
  dataset: Dataset,
  minCases = 2,
): { category: string; cases: number }[] {
  const actorsById = new Map(dataset.actors.map((a) => [a.id, a]))
  const casesOf = new Map<string, Set<string>>()
  for (const kase of dataset.cases)
    for (const participant of kase.participants) {
      const category = actorsById.get(participant.actor)?.category
      if (!category) continue
      const set = casesOf.get(category) ?? new Set()
      set.add(kase.id)
      casesOf.set(category, set)
    }
  return [...casesOf]
    .filter(([, cases]) => cases.size >= minCases)
    .map(([category, cases]) => ({ category, cases: cases.size }))
    .sort((a, b) => b.cases - a.cases || a.category.localeCompare(b.category))
}

/** The party types that occur in the dataset, in vocabulary order. */
export function partyTypesInUse(dataset: Dataset): PartyType[] {
  const used = new Set(dataset.actors.map((a) => a.partyType))
  return PARTY_TYPES.filter((type) => used.has(type))
}

/**
 * For every case: the actors that match the selector, with their influence and roles per
 * phase and their ties. Cases without a match are listed with no actors, so the page always
 * shows all cases. Actors are ordered by their highest influence.
 */
export function acrossCases(dataset: Dataset, selector: PartySelector): CaseAcross[] {
  return dataset.cases.map((kase) => {
    const graph = buildCaseGraph(dataset, kase)
    const phaseIds = graph.phases.map((p) => p.id)
    const actors = graph.actors
      .filter((entry) => matches(entry.actor, selector))
      .map(({ actor, positions }): ActorAcross => {
        const own = graph.relations.filter((r) => r.source === actor.id || r.target === actor.id)
        const tieTypes: Partial<Record<RelationType, number>> = {}
        for (const type of RELATION_TYPES) {
          const count = own.filter((r) => r.type === type).length
          if (count > 0) tieTypes[type] = count
        }
        return {
          actor,
          influence: phaseIds.map((id) => positions.get(id)?.influence ?? null),
          roles: phaseIds.map((id) => positions.get(id)?.roles ?? null),
          tieTypes,
          ties: own.length,
        }
      })
      .sort((a, b) => peak(b) - peak(a))
    return { kase, phaseIds, actors }
  })
}

const peak = (a: ActorAcross) => Math.max(-1, ...a.influence.map((v) => v ?? -1))
