import type { AnalysisGraph } from './analysisGraph.ts'

/**
 * Closeness after Wasserman and Faust, which stays meaningful on disconnected graphs: a node
 * reached from r − 1 others at total distance Σd scores ((r−1)/Σd)·((r−1)/(n−1)); an
 * isolate scores 0. Distances are hops. In a directed graph they run towards the node
 * (incoming), as networkx's `closeness_centrality` with `wf_improved=True` does by default:
 * how easily the others reach it.
 */
export function closeness(graph: AnalysisGraph): number[] {
  const n = graph.nodes.length
  const dist = new Array<number>(n)
  return graph.nodes.map((_, u) => {
    dist.fill(-1)
    dist[u] = 0
    const queue = [u]
    let total = 0
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head] as number
      const dv = dist[v] as number
      total += dv
      for (const { to: w } of graph.in[v] ?? []) {
        if (dist[w] !== -1) continue
        dist[w] = dv + 1
        queue.push(w)
      }
    }
    const others = queue.length - 1
    if (total === 0 || n < 2) return 0
    return (others / total) * (others / (n - 1))
  })
}
