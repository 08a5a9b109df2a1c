import type { CaseGraph } from '../domain/caseGraph.ts'
import { phaseGraph } from '../domain/caseGraph.ts'
import {
  PARTY_TYPES,
  type PartyType,
  RELATION_TYPES,
  type RelationType,
  WORLD_OF_PARTY_TYPE,
  type World,
} from '../domain/vocabulary.ts'

/** What the legend must explain: only the encodings the drawn network actually uses. */
export interface LegendModel {
  /** Party types of the case's actors (all are drawn, absent ones faded), in vocabulary order. */
  partyTypes: PartyType[]
  worlds: World[]
  /** Relation types of the edges drawn in this phase. */
  relationTypes: RelationType[]
  hasAbsent: boolean
  hasDirected: boolean
}

export function legendModel(graph: CaseGraph, phaseId: string): LegendModel {
  const phase = phaseGraph(graph, phaseId)
  const relations = phase?.relations ?? []
  const parties = new Set(graph.actors.map((a) => a.actor.partyType))
  const relationTypes = new Set(relations.map((r) => r.type))
  const partyTypes = PARTY_TYPES.filter((type) => parties.has(type))
  const worlds = (['leefwereld', 'systeemwereld'] as const).filter((world) =>
    partyTypes.some((type) => WORLD_OF_PARTY_TYPE[type] === world),
  )
  return {
    partyTypes,
    worlds,
    relationTypes: RELATION_TYPES.filter((type) => relationTypes.has(type)),
    hasAbsent: graph.actors.some((a) => !a.positions.has(phaseId)),
    hasDirected: relations.some((r) => r.directed),
  }
}
