import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  edgeListGraph,
  parseEdgeListCsv,
  parseNodeListCsv,
} from '../../../src/domain/io/edgeListCsv.ts'
import { pagerank } from '../../../src/domain/metrics/pagerank.ts'
import { measureNetwork, type NodeMeasures } from '../../../src/domain/metrics/nodeMeasures.ts'
import type { AnalysisGraph } from '../../../src/domain/metrics/analysisGraph.ts'

const DIR = fileURLToPath(new URL('../../fixtures/networks/', import.meta.url))
const TOLERANCE = 1e-9

type PerNode = Record<string, number>
interface Reference {
  directed: boolean
  nodes: number
  edges: number
  density: number
  degree: PerNode
  betweenness_raw: PerNode
  betweenness_normalized: PerNode
  closeness: PerNode
  pagerank: PerNode
  in_degree?: PerNode
  out_degree?: PerNode
  strength?: PerNode
  pagerank_unweighted?: PerNode
  degree_centralization?: number
  betweenness_centralization?: number
}

const NAMES = readdirSync(DIR)
  .filter((f) => f.endsWith('.reference.json'))
  .map((f) => f.replace('.reference.json', ''))
  .sort()

function load(name: string): { graph: AnalysisGraph; ref: Reference } {
  const ref = JSON.parse(readFileSync(join(DIR, `${name}.reference.json`), 'utf8')) as Reference
  const edges = parseEdgeListCsv(readFileSync(join(DIR, `${name}.edges.csv`), 'utf8'))
  if (!edges.ok) throw new Error(edges.error.message)
  const nodesFile = join(DIR, `${name}.nodes.csv`)
  let nodes
  if (existsSync(nodesFile)) {
    const parsed = parseNodeListCsv(readFileSync(nodesFile, 'utf8'))
    if (!parsed.ok) throw new Error(parsed.error.message)
    nodes = parsed.value
  }
  const graph = edgeListGraph(edges.value, nodes, { directed: ref.directed })
  if (!graph.ok) throw new Error(graph.error.message)
  return { graph: graph.value, ref }
}

function expectPerNode(actual: PerNode, expected: PerNode) {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort())
  for (const [id, value] of Object.entries(expected))
    expect(Math.abs((actual[id] ?? Number.NaN) - value), `node ${id}`).toBeLessThanOrEqual(
      TOLERANCE,
    )
}

function byNode(nodes: readonly NodeMeasures[], pick: (n: NodeMeasures) => number | null): PerNode {
  return Object.fromEntries(nodes.map((n) => [n.id, pick(n) ?? Number.NaN]))
}

describe('node measures match networkx 3.6.1', () => {
  it('covers the three shared samples and the hand-made networks', () => {
    expect(NAMES).toEqual(
      expect.arrayContaining([
        'krackhardt-kite',
        'davis-southern-women',
        'random-directed-30',
        'directed-dangling',
        'undirected-components',
        'star-6',
        'path-5',
      ]),
    )
  })

  describe.each(NAMES)('%s', (name) => {
    const { graph, ref } = load(name)
    const { nodes, network } = measureNetwork(graph)

    it('has the same size, direction and density', () => {
      expect(graph.directed).toBe(ref.directed)
      expect(network.n).toBe(ref.nodes)
      expect(network.m).toBe(ref.edges)
      expect(network.density).toBeCloseTo(ref.density, 12)
    })

    it('has the same degrees', () => {
      expectPerNode(
        byNode(nodes, (n) => n.degree),
        ref.degree,
      )
      if (ref.in_degree)
        expectPerNode(
          byNode(nodes, (n) => n.inDegree),
          ref.in_degree,
        )
      if (ref.out_degree)
        expectPerNode(
          byNode(nodes, (n) => n.outDegree),
          ref.out_degree,
        )
      if (ref.strength)
        expectPerNode(
          byNode(nodes, (n) => n.strength),
          ref.strength,
        )
    })

    it('has the same raw and normalised betweenness', () => {
      expectPerNode(
        byNode(nodes, (n) => n.betweenness),
        ref.betweenness_raw,
      )
      expectPerNode(
        byNode(nodes, (n) => n.betweennessNormalized),
        ref.betweenness_normalized,
      )
    })

    it('has the same closeness (Wasserman–Faust, incoming distances)', () => {
      expectPerNode(
        byNode(nodes, (n) => n.closeness),
        ref.closeness,
      )
    })

    it('has the same weighted PageRank', () => {
      expectPerNode(
        byNode(nodes, (n) => n.pagerank),
        ref.pagerank,
      )
    })

    if (ref.pagerank_unweighted)
      it('has the same unweighted PageRank', () => {
        const values = pagerank(graph, { weighted: false })
        const perNode = Object.fromEntries(
          graph.nodes.map((n, i) => [n.id, values[i] ?? Number.NaN]),
        )
        expectPerNode(perNode, ref.pagerank_unweighted ?? {})
      })

    if (ref.degree_centralization !== undefined)
      it('has the same Freeman centralizations', () => {
        expect(network.degreeCentralization).toBeCloseTo(
          ref.degree_centralization ?? Number.NaN,
          12,
        )
        expect(network.betweennessCentralization).toBeCloseTo(
          ref.betweenness_centralization ?? Number.NaN,
          12,
        )
      })
  })
})
