import type { CaseGraph } from '../../domain/caseGraph.ts'
import type { RelationType } from '../../domain/vocabulary.ts'
import { WORLD_OF_PARTY_TYPE } from '../../domain/vocabulary.ts'
import type { ColourMode } from '../../state/graphOptionsStore.ts'
import type { Lang } from '../../state/localeStore.ts'
import { PARTY_STYLE, RELATION_STYLE, WORLD_COLOUR } from '../encoding.ts'
import { type SigmaDetail, sigmaDetail } from '../levelOfDetail.ts'

/**
 * What the large-network view draws, as plain data: built here (pure, tested in Node) and
 * handed to graphology and sigma.js by SigmaCanvas.
 */

/** Actors absent from a phase keep their place as small grey dots. */
export const ABSENT_COLOUR = '#d3d8de'

export interface LargeModel {
  /** Actor ids in node order. */
  ids: readonly string[]
  /** Every relation of the case, over all phases, as pairs of node indices: one layout for all phases. */
  edges: Uint32Array
}

export function buildLargeModel(graph: CaseGraph): LargeModel {
  const ids = graph.actors.map((a) => a.actor.id)
  const index = new Map(ids.map((id, i) => [id, i]))
  const pairs: number[] = []
  for (const rel of graph.relations)
    if (isDrawn(rel, index)) pairs.push(index.get(rel.source)!, index.get(rel.target)!)
  return { ids, edges: Uint32Array.from(pairs) }
}

/** A relation the view draws: both ends are actors of the case, and they differ. */
function isDrawn(rel: { source: string; target: string }, actors: { has(id: string): boolean }) {
  return rel.source !== rel.target && actors.has(rel.source) && actors.has(rel.target)
}

/**
 * The level of detail of a case in the large-network view, by its actors and the relations it
 * draws: the view and the status bar beside it read the same settings.
 */
export function largeNetworkDetail(graph: CaseGraph): SigmaDetail {
  const actors = new Set(graph.actors.map((a) => a.actor.id))
  const drawn = graph.relations.filter((rel) => isDrawn(rel, actors)).length
  return sigmaDetail(actors.size, drawn)
}

export interface NodeLook {
  label: string
  color: string
  size: number
  present: boolean
}

export interface EdgeLook {
  key: string
  source: string
  target: string
  color: string
  size: number
  directed: boolean
  relationType: RelationType
}

export interface LookOptions {
  lang: Lang
  colourMode: ColourMode
}

/** Colour, size and label of every actor in one phase, in node order. */
export function nodeLooks(
  graph: CaseGraph,
  phaseId: string,
  options: LookOptions,
  detail: SigmaDetail,
): NodeLook[] {
  const { min, max } = detail.nodeSize
  return graph.actors.map(({ actor, positions }) => {
    const position = positions.get(phaseId)
    const label = options.lang === 'en' && actor.labelEn ? actor.labelEn : actor.label
    if (!position) return { label, color: ABSENT_COLOUR, size: min, present: false }
    const color =
      options.colourMode === 'world'
        ? WORLD_COLOUR[WORLD_OF_PARTY_TYPE[actor.partyType]]
        : PARTY_STYLE[actor.partyType].colour
    return { label, color, size: min + (position.influence / 8) * (max - min), present: true }
  })
}

/** The relations that hold in one phase between actors taking part in it. */
export function edgeLooks(graph: CaseGraph, phaseId: string): EdgeLook[] {
  const present = new Set<string>()
  for (const { actor, positions } of graph.actors) if (positions.has(phaseId)) present.add(actor.id)
  const looks: EdgeLook[] = []
  for (const rel of graph.relations) {
    if (rel.source === rel.target || !rel.phases.includes(phaseId)) continue
    if (!present.has(rel.source) || !present.has(rel.target)) continue
    looks.push({
      key: rel.id,
      source: rel.source,
      target: rel.target,
      color: RELATION_STYLE[rel.type].colour,
      size: 0.4 + 0.4 * rel.strength,
      directed: rel.directed,
      relationType: rel.type,
    })
  }
  return looks
}
