import type { AnalysisGraph } from './analysisGraph.ts'

/** Betweenness of every node, in node order. */
export interface BetweennessValues {
  /** Σ σ_st(v)/σ_st over pairs s ≠ v ≠ t; an undirected graph counts each unordered pair once. */
  raw: number[]
  /**
   * Raw betweenness over Freeman's maximum for a node of this graph:
   * × 2/((n−1)(n−2)) undirected, × 1/((n−1)(n−2)) directed; 0 when n < 3.
   */
  normalized: number[]
}

/**
 * Brandes' algorithm with shortest paths counted in hops (weights ignored: a stronger tie is
 * not a shorter one). Matches networkx's `betweenness_centrality` with and without
 * `normalized`.
 */
export function betweenness(graph: AnalysisGraph): BetweennessValues {
  const n = graph.nodes.length
  const raw = new Array<number>(n).fill(0)
  const sigma = new Array<number>(n)
  const dist = new Array<number>(n)
  const delta = new Array<number>(n)
  for (let s = 0; s < n; s++) {
    sigma.fill(0)
    dist.fill(-1)
    delta.fill(0)
    const preds: number[][] = Array.from({ length: n }, () => [])
    const order: number[] = []
    sigma[s] = 1
    dist[s] = 0
    const queue = [s]
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head] as number
      order.push(v)
      const dv = dist[v] as number
      for (const { to: w } of graph.out[v] ?? []) {
        if (dist[w] === -1) {
          dist[w] = dv + 1
          queue.push(w)
        }
        if (dist[w] === dv + 1) {
          sigma[w] = (sigma[w] as number) + (sigma[v] as number)
          preds[w]?.push(v)
        }
      }
    }
    for (let i = order.length - 1; i >= 0; i--) {
      const w = order[i] as number
      const coefficient = (1 + (delta[w] as number)) / (sigma[w] as number)
      for (const v of preds[w] ?? [])
        delta[v] = (delta[v] as number) + (sigma[v] as number) * coefficient
      if (w !== s) raw[w] = (raw[w] as number) + (delta[w] as number)
    }
  }
  // Every unordered pair was walked from both ends.
  if (!graph.directed) for (let v = 0; v < n; v++) raw[v] = (raw[v] as number) / 2
  const scale = n < 3 ? 0 : (graph.directed ? 1 : 2) / ((n - 1) * (n - 2))
  return { raw, normalized: raw.map((b) => b * scale) }
}
