import { type CaseGraph, phaseGraph } from './caseGraph.ts'
import { shortestPath } from './shortestPath.ts'

/** What the spotlight shows in one phase, for the caption and screen readers. */
export type SpotlightStatus =
  | { kind: 'none' }
  | { kind: 'one'; actorId: string; ties: number }
  | { kind: 'path'; from: string; to: string; via: string[]; steps: number }
  | { kind: 'no-path'; from: string; to: string }
  /** Spotlighted actors that take no part in this phase (the spotlight carries across phases). */
  | { kind: 'absent'; actorIds: string[] }

export function spotlightStatus(
  graph: CaseGraph,
  phaseId: string,
  actorIds: readonly string[],
): SpotlightStatus {
  const phase = phaseGraph(graph, phaseId)
  const known = actorIds.filter((id) => graph.actors.some((a) => a.actor.id === id))
  if (!phase || known.length === 0) return { kind: 'none' }
  const present = new Set(phase.actors.map((a) => a.actor.id))
  const absent = known.filter((id) => !present.has(id))
  if (absent.length > 0) return { kind: 'absent', actorIds: absent }
  const [from, to] = known
  if (from === undefined) return { kind: 'none' }
  if (to === undefined) {
    const ties = phase.relations.filter((r) => r.source === from || r.target === from).length
    return { kind: 'one', actorId: from, ties }
  }
  const path = shortestPath(phase.relations, from, to)
  if (!path) return { kind: 'no-path', from, to }
  return { kind: 'path', from, to, via: path.nodes.slice(1, -1), steps: path.ties.length }
}
