import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildAnalysisGraph, type Tie } from '../../../src/domain/metrics/analysisGraph.ts'
import { measureNetwork } from '../../../src/domain/metrics/nodeMeasures.ts'
import { pagerank } from '../../../src/domain/metrics/pagerank.ts'

const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
const nodes = ids.map((id) => ({ id, label: id }))

const tie = fc.record({
  source: fc.constantFrom(...ids),
  target: fc.constantFrom(...ids),
  weight: fc.integer({ min: 1, max: 3 }),
  directed: fc.boolean(),
})
const ties = fc.array(tie, { maxLength: 20 })

function byId(measured: ReturnType<typeof measureNetwork>) {
  return Object.fromEntries(measured.nodes.map((n) => [n.id, n]))
}

describe('structural measures on random graphs', () => {
  it('do not depend on the order of nodes or ties', () => {
    fc.assert(
      fc.property(ties, fc.boolean(), (list: Tie[], directed) => {
        const a = byId(measureNetwork(buildAnalysisGraph(nodes, list, { directed })))
        const reversed = buildAnalysisGraph([...nodes].reverse(), [...list].reverse(), { directed })
        const b = byId(measureNetwork(reversed))
        for (const id of ids) {
          const x = a[id]
          const y = b[id]
          expect(y?.degree).toBe(x?.degree)
          expect(y?.betweenness).toBeCloseTo(x?.betweenness ?? Number.NaN, 9)
          expect(y?.closeness).toBeCloseTo(x?.closeness ?? Number.NaN, 9)
          expect(y?.pagerank).toBeCloseTo(x?.pagerank ?? Number.NaN, 9)
        }
      }),
    )
  })

  it('give PageRank values that sum to 1, weighted or not', () => {
    fc.assert(
      fc.property(ties, fc.boolean(), fc.boolean(), (list: Tie[], directed, weighted) => {
        const graph = buildAnalysisGraph(nodes, list, { directed })
        const sum = pagerank(graph, { weighted }).reduce((s, x) => s + x, 0)
        expect(sum).toBeCloseTo(1, 9)
      }),
    )
  })

  it('keep normalised betweenness and centralizations within [0, 1]', () => {
    fc.assert(
      fc.property(ties, fc.boolean(), (list: Tie[], directed) => {
        const { nodes: measured, network } = measureNetwork(
          buildAnalysisGraph(nodes, list, { directed }),
        )
        for (const n of measured) {
          expect(n.betweennessNormalized).toBeGreaterThanOrEqual(0)
          expect(n.betweennessNormalized).toBeLessThanOrEqual(1 + 1e-12)
        }
        for (const value of [
          network.degreeCentralization,
          network.betweennessCentralization,
          network.density,
        ]) {
          expect(value).toBeGreaterThanOrEqual(0)
          expect(value).toBeLessThanOrEqual(1 + 1e-12)
        }
      }),
    )
  })
})
