import type { PhaseGraph } from '../caseGraph.ts'
import { PARTY_TYPES, type PartyType, RELATION_TYPES, type RelationType } from '../vocabulary.ts'

/** Relations between two party types (the same type twice for ties among themselves). */
export interface PartyTypeLink {
  /** In vocabulary order: `a` comes before or equals `b`. */
  a: PartyType
  b: PartyType
  count: number
  byType: Partial<Record<RelationType, number>>
}

/** Party types as nodes, relations between their actors counted as links. */
export interface PartyTypeNetwork {
  /** Every party type, with the summed influence of its actors and how many actors count. */
  nodes: { type: PartyType; influence: number; share: number; actors: number }[]
  links: PartyTypeLink[]
  /** Summed influence of all actors. */
  totalInfluence: number
}

/**
 * Aggregates phases (typically one per case) into a network of party types: a node's
 * influence is the sum of its actors' scores over all phases; a link counts the relations
 * whose ends belong to the two types. Conflicts count as relations too; self-loops do not.
 */
export function partyTypeNetwork(phases: readonly PhaseGraph[]): PartyTypeNetwork {
  const influence = new Map<PartyType, number>(PARTY_TYPES.map((t) => [t, 0]))
  const actors = new Map<PartyType, number>(PARTY_TYPES.map((t) => [t, 0]))
  const links = new Map<string, PartyTypeLink>()
  const order = (t: PartyType) => PARTY_TYPES.indexOf(t)
  for (const phase of phases) {
    const typeOf = new Map<string, PartyType>()
    for (const { actor, position } of phase.actors) {
      typeOf.set(actor.id, actor.partyType)
      influence.set(actor.partyType, (influence.get(actor.partyType) ?? 0) + position.influence)
      actors.set(actor.partyType, (actors.get(actor.partyType) ?? 0) + 1)
    }
    for (const rel of phase.relations) {
      const s = typeOf.get(rel.source)
      const t = typeOf.get(rel.target)
      if (!s || !t || rel.source === rel.target) continue
      const [a, b] = order(s) <= order(t) ? [s, t] : [t, s]
      const key = `${a}|${b}`
      const link = links.get(key) ?? { a, b, count: 0, byType: {} }
      link.count += 1
      link.byType[rel.type] = (link.byType[rel.type] ?? 0) + 1
      links.set(key, link)
    }
  }
  const totalInfluence = [...influence.values()].reduce((sum, v) => sum + v, 0)
  return {
    nodes: PARTY_TYPES.map((type) => {
      const value = influence.get(type) ?? 0
      return {
        type,
        influence: value,
        share: totalInfluence === 0 ? 0 : value / totalInfluence,
        actors: actors.get(type) ?? 0,
      }
    }),
    links: [...links.values()].sort((x, y) => order(x.a) - order(y.a) || order(x.b) - order(y.b)),
    totalInfluence,
  }
}

/** The relation types of a link in vocabulary order, with their counts. */
export function linkTypes(link: PartyTypeLink): { type: RelationType; count: number }[] {
  return RELATION_TYPES.flatMap((type) => {
    const count = link.byType[type]
    return count ? [{ type, count }] : []
  })
}
