import type { ElementDefinition } from 'cytoscape'
import type { CaseGraph } from '../domain/caseGraph.ts'
import { phaseGraph } from '../domain/caseGraph.ts'
import type { Relation } from '../domain/schema.ts'
import { WORLD_OF_PARTY_TYPE } from '../domain/vocabulary.ts'
import type { Lang } from '../state/localeStore.ts'
import type { ColourMode } from '../state/graphOptionsStore.ts'
import { canvasLabel } from './canvasLabel.ts'
import { edgeWidthForStrength, NODE_SIZE_ABSENT, nodeSizeForInfluence } from './encoding.ts'
import type { Positions } from './layout.ts'

export interface ElementOptions {
  lang: Lang
  colourMode: ColourMode
  selectedActorId: string | null
  /** The actor with the keyboard focus ring (class `focused`). */
  focusedActorId?: string | null
}

/** Cytoscape ids are namespaced: an edge whose id equals a node id is silently dropped. */
export const nodeId = (actorId: string) => `actor:${actorId}`
export const edgeId = (relationId: string) => `rel:${relationId}`
export function actorIdOfNode(id: string): string | null {
  return id.startsWith('actor:') ? id.slice('actor:'.length) : null
}

/** Flat, primitive node data (react-cytoscapejs diffs `data` shallowly). */
// Type aliases, not interfaces: Cytoscape's data types need an implicit index signature.
export type NodeData = {
  id: string
  actorId: string
  label: string
  partyType: string
  world: string
  /** Influence in this phase; -1 when the actor does not take part in it. */
  influence: number
  present: boolean
  size: number
}

export type EdgeData = {
  id: string
  relationId: string
  source: string
  target: string
  type: string
  directed: boolean
  strength: number
  width: number
}

/** The data of a relation's edge: ids, ends, type, direction, strength and its drawn width. */
export function edgeDataOf(rel: Relation): EdgeData {
  return {
    id: edgeId(rel.id),
    relationId: rel.id,
    source: nodeId(rel.source),
    target: nodeId(rel.target),
    type: rel.type,
    directed: rel.directed,
    strength: rel.strength,
    width: edgeWidthForStrength(rel.strength),
  }
}

/**
 * The Cytoscape elements of one phase of a case. Every actor of the case is a node at its
 * case-wide position (absent ones flagged and faded, never removed, so nothing jumps); only the
 * relations that hold in this phase become edges. Returns fresh objects on every call because
 * Cytoscape keeps and mutates the `data` and `position` objects it is given.
 */
export function toElements(
  graph: CaseGraph,
  phaseId: string,
  positions: Positions,
  options: ElementOptions,
): ElementDefinition[] {
  const phase = phaseGraph(graph, phaseId)
  const nodes: ElementDefinition[] = graph.actors.map(({ actor, positions: byPhase }) => {
    const position = byPhase.get(phaseId)
    const point = positions[actor.id] ?? { x: 0, y: 0 }
    const classes: string[] = []
    if (!position) classes.push('absent')
    if (options.colourMode === 'world') classes.push('by-world')
    if (actor.id === options.selectedActorId) classes.push('chosen')
    if (actor.id === options.focusedActorId) classes.push('focused')
    const data: NodeData = {
      id: nodeId(actor.id),
      actorId: actor.id,
      label: canvasLabel(options.lang === 'en' && actor.labelEn ? actor.labelEn : actor.label),
      partyType: actor.partyType,
      world: WORLD_OF_PARTY_TYPE[actor.partyType],
      influence: position ? position.influence : -1,
      present: position !== undefined,
      size: position ? nodeSizeForInfluence(position.influence) : NODE_SIZE_ABSENT,
    }
    return {
      group: 'nodes',
      data,
      position: { x: point.x, y: point.y },
      classes: classes.join(' '),
    }
  })
  const edges: ElementDefinition[] = (phase?.relations ?? []).map((rel) => {
    const data = edgeDataOf(rel)
    return { group: 'edges', data, classes: rel.directed ? 'directed' : '' }
  })
  return [...nodes, ...edges]
}
