import type { PhaseGraph } from '../caseGraph.ts'
import type { Relation } from '../schema.ts'

/** A node of an analysis graph: an actor or a row of a node list. */
export interface AnalysisNode {
  id: string
  label: string
}

/** One step along an edge from a node: the neighbour's index and the summed weight. */
export interface Arc {
  to: number
  weight: number
}

/**
 * A simple graph, the shape every structural measure works on. Nodes are referred to by
 * index. Undirected graphs store each edge as two arcs, so `out` and `in` are the same lists;
 * directed graphs keep arcs as given. Several ties between the same pair collapse into one
 * edge whose weight is their sum, and self-loops are dropped, as in a networkx `Graph` or
 * `DiGraph` built from the same ties.
 */
export interface AnalysisGraph {
  directed: boolean
  nodes: readonly AnalysisNode[]
  indexOf: ReadonlyMap<string, number>
  /** Arcs leaving each node. */
  out: readonly (readonly Arc[])[]
  /** Arcs entering each node (`to` is the other end). */
  in: readonly (readonly Arc[])[]
  /** Sum of the weights of the ties touching each node, self-loops excluded, whatever the direction. */
  strength: readonly number[]
  /** Edges of the simple graph: unordered pairs when undirected, arcs when directed. */
  edgeCount: number
}

/** A tie between two nodes before collapsing. `directed` only matters in a directed analysis. */
export interface Tie {
  source: string
  target: string
  weight: number
  directed: boolean
}

export interface AnalysisOptions {
  /** Follow the direction of directed relations. Default: false (every tie is undirected). */
  directed?: boolean
}

/**
 * Builds an analysis graph from nodes and ties. In a directed analysis a tie marked
 * undirected becomes two opposite arcs. Throws when a tie names an unknown node: callers
 * check their input first, so this is a programming error.
 */
export function buildAnalysisGraph(
  nodes: readonly AnalysisNode[],
  ties: readonly Tie[],
  options: AnalysisOptions = {},
): AnalysisGraph {
  const directed = options.directed ?? false
  const indexOf = new Map<string, number>()
  nodes.forEach((node, i) => {
    if (indexOf.has(node.id)) throw new Error(`duplicate node "${node.id}"`)
    indexOf.set(node.id, i)
  })
  const weights = nodes.map(() => new Map<number, number>())
  const strength = nodes.map(() => 0)
  const add = (from: number, to: number, weight: number) => {
    const row = weights[from]
    if (row) row.set(to, (row.get(to) ?? 0) + weight)
  }
  for (const tie of ties) {
    const s = indexOf.get(tie.source)
    const t = indexOf.get(tie.target)
    if (s === undefined || t === undefined)
      throw new Error(`tie ${tie.source} → ${tie.target} names an unknown node`)
    if (s === t) continue
    strength[s] = (strength[s] ?? 0) + tie.weight
    strength[t] = (strength[t] ?? 0) + tie.weight
    add(s, t, tie.weight)
    if (!directed || !tie.directed) add(t, s, tie.weight)
  }
  const out = weights.map((row) => [...row].map(([to, weight]) => ({ to, weight })))
  const incoming: Arc[][] = nodes.map(() => [])
  out.forEach((arcs, from) =>
    arcs.forEach(({ to, weight }) => incoming[to]?.push({ to: from, weight })),
  )
  const arcCount = out.reduce((sum, arcs) => sum + arcs.length, 0)
  return {
    directed,
    nodes,
    indexOf,
    out,
    in: directed ? incoming : out,
    strength,
    edgeCount: directed ? arcCount : arcCount / 2,
  }
}

/**
 * Whether a relation counts in structural measures. Conflicts are negative ties: a dispute
 * is not a channel of resources or information, so counting it would make opponents look
 * central. They still show in the graph and in the relation changes between phases.
 */
export function isStructural(relation: Relation): boolean {
  return relation.type !== 'conflict'
}

/**
 * The analysis graph of one phase: the actors present, and every relation of the phase
 * except conflicts, weighted by strength. Undirected by default; with `directed`, directed
 * relations run source → target and undirected ones both ways.
 */
export function toAnalysisGraph(phase: PhaseGraph, options: AnalysisOptions = {}): AnalysisGraph {
  const nodes = phase.actors.map(({ actor }) => ({ id: actor.id, label: actor.label }))
  const ties = phase.relations.filter(isStructural).map((rel) => ({
    source: rel.source,
    target: rel.target,
    weight: rel.strength,
    directed: rel.directed,
  }))
  return buildAnalysisGraph(nodes, ties, options)
}
