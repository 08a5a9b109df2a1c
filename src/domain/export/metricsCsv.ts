import { type CaseGraph, phaseGraph } from '../caseGraph.ts'
import { phaseMetrics } from '../metrics/index.ts'
import { PARTY_TYPES, type PartyType } from '../vocabulary.ts'
import { toCsv } from './csvWrite.ts'

const round = (value: number | null, digits = 4) =>
  value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits

export const METRIC_COLUMNS = [
  'ID',
  'Label',
  'Type',
  'Roles',
  'Influence',
  'Influence share',
  'Influence rank',
  'Degree',
  'In-degree',
  'Out-degree',
  'Strength',
  'Betweenness',
  'Betweenness (normalized)',
  'Closeness',
  'PageRank',
] as const

/** The actor measures of one phase (as `phaseMetrics` computes them), one row per actor. */
export function actorMetricsCsv(graph: CaseGraph, phaseId: string): string {
  const phase = phaseGraph(graph, phaseId)
  if (!phase) throw new Error(`phase '${phaseId}' is not part of case '${graph.kase.id}'`)
  const metrics = phaseMetrics(phase)
  return toCsv(
    METRIC_COLUMNS,
    metrics.actors.map((a) => [
      a.id,
      a.label,
      a.partyType,
      a.roles.join('|'),
      a.influence,
      round(a.influenceShare),
      a.influenceRank,
      a.degree,
      a.inDegree,
      a.outDegree,
      a.strength,
      round(a.betweenness),
      round(a.betweennessNormalized),
      round(a.closeness),
      round(a.pagerank),
    ]),
  )
}

export interface PhaseShare {
  phaseId: string
  order: number
  label: string
  /** Share of the phase's total influence per party type, 0–1; all 0 when the total is 0. */
  shares: Record<PartyType, number>
  total: number
}

/** Who holds the influence in each phase: the share of every party type, phase by phase. */
export function partyTypeShares(graph: CaseGraph): PhaseShare[] {
  return graph.phases.map((phase) => {
    const sums = Object.fromEntries(PARTY_TYPES.map((t) => [t, 0])) as Record<PartyType, number>
    for (const { actor, positions } of graph.actors) {
      const position = positions.get(phase.id)
      if (position) sums[actor.partyType] += position.influence
    }
    const total = PARTY_TYPES.reduce((sum, t) => sum + sums[t], 0)
    const shares = Object.fromEntries(
      PARTY_TYPES.map((t) => [t, total === 0 ? 0 : sums[t] / total]),
    ) as Record<PartyType, number>
    return { phaseId: phase.id, order: phase.order, label: phase.label, shares, total }
  })
}

/** The party-type shares as CSV: one row per phase, one column per party type. */
export function partyTypeSharesCsv(graph: CaseGraph): string {
  return toCsv(
    ['Phase', 'Order', 'Label', 'Total influence', ...PARTY_TYPES],
    partyTypeShares(graph).map((row) => [
      row.phaseId,
      row.order,
      row.label,
      row.total,
      ...PARTY_TYPES.map((t) => round(row.shares[t])),
    ]),
  )
}
