import type { AnalysisGraph } from './analysisGraph.ts'
import { betweenness } from './betweenness.ts'
import { closeness } from './closeness.ts'
import { type DegreeValues, degrees } from './degree.ts'
import { type NetworkIndices, networkIndices } from './networkIndices.ts'
import { type PageRankOptions, pagerank } from './pagerank.ts'

/** The structural measures of one node. */
export interface NodeMeasures extends DegreeValues {
  id: string
  label: string
  /** Raw betweenness; see `betweenness`. */
  betweenness: number
  /** Betweenness over Freeman's maximum, comparable across networks of different size. */
  betweennessNormalized: number
  /** Wasserman–Faust closeness; see `closeness`. */
  closeness: number
  pagerank: number
}

/** Every structural measure of a graph: per node, in node order, and for the whole network. */
export interface NetworkMeasures {
  nodes: NodeMeasures[]
  network: NetworkIndices
}

/** Computes all structural measures of a graph in one pass over each algorithm. */
export function measureNetwork(
  graph: AnalysisGraph,
  options: { pagerank?: PageRankOptions } = {},
): NetworkMeasures {
  const degree = degrees(graph)
  const between = betweenness(graph)
  const close = closeness(graph)
  const rank = pagerank(graph, options.pagerank)
  const nodes = graph.nodes.map((node, i) => ({
    id: node.id,
    label: node.label,
    ...(degree[i] as DegreeValues),
    betweenness: between.raw[i] ?? 0,
    betweennessNormalized: between.normalized[i] ?? 0,
    closeness: close[i] ?? 0,
    pagerank: rank[i] ?? 0,
  }))
  return { nodes, network: networkIndices(graph, degree, between.raw) }
}
