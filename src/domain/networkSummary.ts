import type { PhaseGraph } from './caseGraph.ts'
import type { Actor } from './schema.ts'
import { PARTY_TYPES, type PartyType } from './vocabulary.ts'

/** The `count` actors with the most influence in the phase (ties broken by label). */
export function largestActors(phase: PhaseGraph, count = 3): Actor[] {
  return [...phase.actors]
    .sort(
      (a, b) =>
        b.position.influence - a.position.influence || a.actor.label.localeCompare(b.actor.label),
    )
    .slice(0, count)
    .map((a) => a.actor)
}

/**
 * Each party type's share of the phase's total influence, largest first; types without
 * influence are left out. Empty when nobody has influence.
 */
export function partyTypeShares(phase: PhaseGraph): { partyType: PartyType; share: number }[] {
  const total = phase.actors.reduce((sum, a) => sum + a.position.influence, 0)
  if (total === 0) return []
  return PARTY_TYPES.map((partyType) => ({
    partyType,
    share:
      phase.actors
        .filter((a) => a.actor.partyType === partyType)
        .reduce((sum, a) => sum + a.position.influence, 0) / total,
  }))
    .filter((s) => s.share > 0)
    .sort((a, b) => b.share - a.share)
}
