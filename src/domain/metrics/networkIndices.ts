import type { AnalysisGraph } from './analysisGraph.ts'
import type { DegreeValues } from './degree.ts'

/** How the ties of one network are spread: structure only, influence scores play no part. */
export interface NetworkIndices {
  directed: boolean
  /** Nodes. */
  n: number
  /** Edges of the simple graph (arcs when directed). */
  m: number
  /** m / (n(n−1)/2) undirected, m / (n(n−1)) directed; 0 when n < 2. */
  density: number
  /**
   * Freeman degree centralization: Σ(k* − k_i) over its maximum, reached by a star.
   * Undirected: /((n−1)(n−2)). Directed: on total degree (in + out), /(2(n−1)(n−2)), the
   * star with ties both ways. 0 when n < 3.
   */
  degreeCentralization: number
  /** Directed only: on in-degree, /((n−1)²). */
  inDegreeCentralization: number | null
  /** Directed only: on out-degree, /((n−1)²). */
  outDegreeCentralization: number | null
  /**
   * Freeman betweenness centralization: Σ(b* − b_i) over (n−1)²(n−2)/2 undirected (raw
   * betweenness counting each unordered pair once) or (n−1)²(n−2) directed. 0 when n < 3.
   */
  betweennessCentralization: number
}

/** Σ(max − v) / denominator; 0 for an empty list or a zero denominator. */
export function freemanCentralization(values: readonly number[], denominator: number): number {
  if (values.length === 0 || denominator <= 0) return 0
  const max = Math.max(...values)
  return values.reduce((sum, v) => sum + (max - v), 0) / denominator
}

/** Density and Freeman centralizations of a graph, from its node measures. */
export function networkIndices(
  graph: AnalysisGraph,
  degree: readonly DegreeValues[],
  rawBetweenness: readonly number[],
): NetworkIndices {
  const n = graph.nodes.length
  const m = graph.edgeCount
  const pairs = n * (n - 1)
  const density = n < 2 ? 0 : graph.directed ? m / pairs : (2 * m) / pairs
  const triad = n < 3 ? 0 : (n - 1) * (n - 2)
  const squared = n < 3 ? 0 : (n - 1) * (n - 1)
  const total = degree.map((d) => d.degree)
  const directedOnly = (values: (number | null)[]) =>
    graph.directed
      ? freemanCentralization(
          values.map((v) => v ?? 0),
          squared,
        )
      : null
  return {
    directed: graph.directed,
    n,
    m,
    density,
    degreeCentralization: freemanCentralization(total, graph.directed ? 2 * triad : triad),
    inDegreeCentralization: directedOnly(degree.map((d) => d.inDegree)),
    outDegreeCentralization: directedOnly(degree.map((d) => d.outDegree)),
    betweennessCentralization: freemanCentralization(
      rawBetweenness,
      graph.directed ? (n - 1) * triad : ((n - 1) * triad) / 2,
    ),
  }
}
