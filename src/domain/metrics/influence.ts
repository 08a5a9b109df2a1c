import { PARTY_TYPES, type PartyType } from '../vocabulary.ts'

/** How the attributed influence (the Net-Map scores) of one phase is spread over its actors. */
export interface InfluenceIndices {
  /** Sum of the influence scores. The indices below are `null` when it is 0 (nothing to share). */
  totalInfluence: number
  /** Herfindahl–Hirschman index Σ s_i² of the shares s_i: from 1/n (all equal) to 1 (one holds all). */
  hhi: number | null
  /** (H − 1/n)/(1 − 1/n): 0 all equal, 1 one actor holds all; `null` when n < 2. */
  hhiNormalized: number | null
  /** 1/H: how many equally powerful actors would give the same concentration. */
  effectiveNumber: number | null
  /**
   * Gini coefficient Σ_iΣ_j |x_i − x_j| / (2n²·x̄), the population form (mean absolute
   * difference over twice the mean): 0 all equal, at most (n−1)/n.
   */
  gini: number | null
  /** Gini · n/(n−1), so that one actor holding all scores 1; `null` when n < 2. */
  giniNormalized: number | null
  /** Share of the total held by each party type; every type present, 0 where absent. */
  partyTypeShares: Record<PartyType, number>
  /** The actor(s) with the highest score (all of them when tied, in input order) and the share of each. */
  top: { actorIds: string[]; share: number } | null
}

/** Each value over the sum; all 0 when the sum is 0. */
export function shares(values: readonly number[]): number[] {
  const total = values.reduce((sum, v) => sum + v, 0)
  return values.map((v) => (total === 0 ? 0 : v / total))
}

/** Herfindahl–Hirschman index of non-negative values; `null` when they sum to 0. */
export function herfindahl(values: readonly number[]): number | null {
  const total = values.reduce((sum, v) => sum + v, 0)
  if (total === 0) return null
  return values.reduce((sum, v) => sum + (v / total) ** 2, 0)
}

/** Population Gini of non-negative values (see `InfluenceIndices.gini`); `null` when they sum to 0. */
export function gini(values: readonly number[]): number | null {
  const n = values.length
  const total = values.reduce((sum, v) => sum + v, 0)
  if (total === 0) return null
  // Sorted ascending, Σ_iΣ_j |x_i − x_j| = 2 Σ_i (2i − n + 1) x_i (0-based i).
  const sorted = [...values].sort((a, b) => a - b)
  const pairSum = 2 * sorted.reduce((sum, x, i) => sum + (2 * i - n + 1) * x, 0)
  return pairSum / (2 * n * total)
}

/**
 * Competition ranks, highest value first: ties share the best rank and the next rank skips
 * (8, 5, 5, 3 → 1, 2, 2, 4).
 */
export function competitionRanks(values: readonly number[]): number[] {
  return values.map((v) => 1 + values.filter((other) => other > v).length)
}

/** The influence indices of one phase from each actor's score and party type. */
export function influenceIndices(
  actors: readonly { id: string; partyType: PartyType; influence: number }[],
): InfluenceIndices {
  const values = actors.map((a) => a.influence)
  const n = values.length
  const totalInfluence = values.reduce((sum, v) => sum + v, 0)
  const hhi = herfindahl(values)
  const g = gini(values)
  const partyTypeShares = Object.fromEntries(PARTY_TYPES.map((t) => [t, 0])) as Record<
    PartyType,
    number
  >
  if (totalInfluence > 0)
    for (const a of actors) partyTypeShares[a.partyType] += a.influence / totalInfluence
  const max = Math.max(...values)
  return {
    totalInfluence,
    hhi,
    hhiNormalized: hhi === null || n < 2 ? null : (hhi - 1 / n) / (1 - 1 / n),
    effectiveNumber: hhi === null ? null : 1 / hhi,
    gini: g,
    giniNormalized: g === null || n < 2 ? null : (g * n) / (n - 1),
    partyTypeShares,
    top:
      totalInfluence === 0
        ? null
        : {
            actorIds: actors.filter((a) => a.influence === max).map((a) => a.id),
            share: max / totalInfluence,
          },
  }
}
