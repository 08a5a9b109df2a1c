import type { AnalysisGraph } from './analysisGraph.ts'

/** Degree of one node. In- and out-degree are `null` in an undirected graph, where they mean nothing apart. */
export interface DegreeValues {
  /** Neighbours (undirected) or in-degree + out-degree (directed), as networkx's `G.degree`. */
  degree: number
  inDegree: number | null
  outDegree: number | null
  /** Summed strength of the ties touching the node. */
  strength: number
}

/** Degree, in-/out-degree and strength of every node, in node order. */
export function degrees(graph: AnalysisGraph): DegreeValues[] {
  return graph.nodes.map((_, i) => {
    const outDegree = graph.out[i]?.length ?? 0
    const inDegree = graph.in[i]?.length ?? 0
    const strength = graph.strength[i] ?? 0
    return graph.directed
      ? { degree: inDegree + outDegree, inDegree, outDegree, strength }
      : { degree: outDegree, inDegree: null, outDegree: null, strength }
  })
}
