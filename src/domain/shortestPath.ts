/** A tie between two actors, read in both directions: a path may follow a directed relation backwards. */
export interface Tie {
  id: string
  source: string
  target: string
}

export interface Path {
  /** Actor ids from `from` to `to`, both included. */
  nodes: string[]
  /** Tie ids along the path, one fewer than the nodes. */
  ties: string[]
}

/**
 * The shortest path (fewest ties) between two actors, or null when they are not connected.
 * Breadth-first; among equally short paths the one through ties listed first wins, so the
 * answer is the same on every call. Directions are ignored: in a room "who links the
 * municipality to the shopkeepers" is about contact, not about who funds whom.
 */
export function shortestPath(ties: readonly Tie[], from: string, to: string): Path | null {
  if (from === to) return { nodes: [from], ties: [] }
  const neighbours = new Map<string, { node: string; tie: string }[]>()
  const link = (a: string, b: string, tie: string) => {
    const list = neighbours.get(a) ?? []
    list.push({ node: b, tie })
    neighbours.set(a, list)
  }
  for (const tie of ties) {
    if (tie.source === tie.target) continue
    link(tie.source, tie.target, tie.id)
    link(tie.target, tie.source, tie.id)
  }
  const cameFrom = new Map<string, { node: string; tie: string }>()
  const seen = new Set([from])
  let frontier = [from]
  while (frontier.length > 0 && !seen.has(to)) {
    const next: string[] = []
    for (const node of frontier)
      for (const step of neighbours.get(node) ?? []) {
        if (seen.has(step.node)) continue
        seen.add(step.node)
        cameFrom.set(step.node, { node, tie: step.tie })
        next.push(step.node)
      }
    frontier = next
  }
  if (!seen.has(to)) return null
  const nodes = [to]
  const pathTies: string[] = []
  for (let at = cameFrom.get(to); at; at = cameFrom.get(at.node)) {
    nodes.push(at.node)
    pathTies.push(at.tie)
  }
  return { nodes: nodes.reverse(), ties: pathTies.reverse() }
}

/** The actors tied directly to `actor`, and those ties. */
export function neighbourhood(
  ties: readonly Tie[],
  actor: string,
): { nodes: string[]; ties: string[] } {
  const nodes = new Set([actor])
  const found: string[] = []
  for (const tie of ties) {
    if (tie.source !== actor && tie.target !== actor) continue
    found.push(tie.id)
    nodes.add(tie.source)
    nodes.add(tie.target)
  }
  return { nodes: [...nodes], ties: found }
}
