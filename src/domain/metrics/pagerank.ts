import type { AnalysisGraph } from './analysisGraph.ts'

export interface PageRankOptions {
  /** Probability of following a tie rather than jumping anywhere. Default 0.85, as networkx. */
  damping?: number
  /**
   * Stop when the L1 change of an iteration is below this. Default 1e-10. networkx stops at
   * n · tol; without the factor n every value is within 1e-9 of the limit, whatever n.
   */
  tolerance?: number
  /** Default 10 000; the last iterate is returned if it is reached. */
  maxIterations?: number
  /**
   * Split a node's rank over its ties in proportion to their strength (networkx's default
   * `weight='weight'`). Default true: a strong funding tie passes on more prestige than a
   * loose contact. With false every tie counts the same.
   */
  weighted?: boolean
}

/**
 * PageRank by power iteration, matching networkx's `pagerank`: uniform start and teleport,
 * the rank of dangling nodes (no outgoing ties) spread evenly over all nodes. An undirected
 * graph is walked both ways along every edge. Values sum to 1.
 */
export function pagerank(graph: AnalysisGraph, options: PageRankOptions = {}): number[] {
  const { damping = 0.85, tolerance = 1e-10, maxIterations = 10_000, weighted = true } = options
  const n = graph.nodes.length
  if (n === 0) return []
  const totals = graph.out.map((arcs) =>
    arcs.reduce((sum, arc) => sum + (weighted ? arc.weight : 1), 0),
  )
  let x = new Array<number>(n).fill(1 / n)
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let dangling = 0
    for (let v = 0; v < n; v++) if (totals[v] === 0) dangling += x[v] as number
    const base = (damping * dangling + (1 - damping)) / n
    const next = new Array<number>(n).fill(base)
    for (let v = 0; v < n; v++) {
      const total = totals[v] as number
      if (total === 0) continue
      const share = (damping * (x[v] as number)) / total
      for (const arc of graph.out[v] ?? [])
        next[arc.to] = (next[arc.to] as number) + share * (weighted ? arc.weight : 1)
    }
    let change = 0
    for (let v = 0; v < n; v++) change += Math.abs((next[v] as number) - (x[v] as number))
    x = next
    if (change < tolerance) break
  }
  return x
}
