import { describe, expect, it } from 'vitest'
import { toAnalysisGraph, type AnalysisGraph } from '../../../src/domain/metrics/analysisGraph.ts'
import { phaseMetrics } from '../../../src/domain/metrics/phaseMetrics.ts'
import { makePhaseGraph, type CaseSpec } from './builders.ts'

/** Arcs as `from>to:weight`, sorted, to compare graphs regardless of order. */
function arcs(graph: AnalysisGraph): string[] {
  return graph.out
    .flatMap((list, from) =>
      list.map((arc) => `${graph.nodes[from]?.id}>${graph.nodes[arc.to]?.id}:${arc.weight}`),
    )
    .sort()
}

const spec: CaseSpec = {
  phases: ['p1', 'p2'],
  actors: [
    { id: 'gem', partyType: 'overheid', at: { p1: 6, p2: 4 } },
    { id: 'bew', partyType: 'burgers', at: { p1: 2, p2: 5 } },
    { id: 'corp', partyType: 'maatschappelijk', at: { p1: 3 } },
  ],
  relations: [
    { source: 'gem', target: 'bew', type: 'financiering', directed: true, strength: 2 },
    { source: 'gem', target: 'bew', type: 'samenwerking', directed: false, strength: 1 },
    { source: 'bew', target: 'corp', type: 'conflict', directed: false, strength: 3 },
    { source: 'corp', target: 'gem', type: 'advies', directed: true, strength: 1, phases: ['p1'] },
    { source: 'bew', target: 'bew', type: 'samenwerking', strength: 2 },
  ],
}

describe('toAnalysisGraph', () => {
  it('takes the actors of the phase as nodes, labelled by their Dutch name', () => {
    const graph = toAnalysisGraph(makePhaseGraph(spec, 'p2'))
    expect(graph.nodes.map((n) => n.id)).toEqual(['gem', 'bew'])
  })

  it('leaves out conflicts and self-loops, and collapses parallel relations with summed strength', () => {
    const graph = toAnalysisGraph(makePhaseGraph(spec, 'p1'))
    expect(arcs(graph)).toEqual(['bew>gem:3', 'corp>gem:1', 'gem>bew:3', 'gem>corp:1'])
    expect(graph.edgeCount).toBe(2)
    expect(graph.strength).toEqual([4, 3, 1])
  })

  it('runs directed relations one way and undirected ones both ways in a directed analysis', () => {
    const graph = toAnalysisGraph(makePhaseGraph(spec, 'p1'), { directed: true })
    expect(arcs(graph)).toEqual(['bew>gem:1', 'corp>gem:1', 'gem>bew:3'])
    expect(graph.edgeCount).toBe(3)
  })

  it('keeps a conflict out of every structural measure while its ends stay in the phase', () => {
    const { actors } = phaseMetrics(makePhaseGraph(spec, 'p1'))
    const corp = actors.find((a) => a.id === 'corp')
    expect(corp).toMatchObject({ degree: 1, strength: 1, influence: 3 })
  })
})
