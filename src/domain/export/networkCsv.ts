import { type CaseGraph, phaseGraph } from '../caseGraph.ts'
import type { Provenance } from '../schema.ts'
import { toCsv } from './csvWrite.ts'

/**
 * The network of one phase as `actors.csv` and `relations.csv`, in the import format of the
 * design notes (§5: ID first, Kumu-style column names, multi-values joined by `|`), so a user
 * can edit it in a spreadsheet and load it again. Phase-specific columns (Roles, Influence)
 * are extra columns, which the format keeps as custom fields.
 */

export interface ShownFilter {
  /** Actor ids drawn on screen; all actors of the phase when absent. */
  actorIds?: ReadonlySet<string>
  /** Relation ids drawn on screen; all relations of the phase when absent. */
  relationIds?: ReadonlySet<string>
}

export const ACTOR_COLUMNS = [
  'ID',
  'Label',
  'Label EN',
  'Type',
  'Subtype',
  'Description',
  'Roles',
  'Influence',
  'Provenance',
  'Sources',
] as const

export const RELATION_COLUMNS = [
  'ID',
  'From',
  'To',
  'Type',
  'Direction',
  'Case',
  'Phases',
  'Strength',
  'Label',
  'Provenance',
  'Sources',
] as const

const sources = (p: Provenance) => (p.sources ?? []).join('|')

export function networkCsv(
  graph: CaseGraph,
  phaseId: string,
  shown: ShownFilter = {},
): { actors: string; relations: string } {
  const phase = phaseGraph(graph, phaseId)
  if (!phase) throw new Error(`phase '${phaseId}' is not part of case '${graph.kase.id}'`)
  const actors = phase.actors.filter((a) => !shown.actorIds || shown.actorIds.has(a.actor.id))
  const present = new Set(actors.map((a) => a.actor.id))
  const relations = phase.relations.filter(
    (r) =>
      present.has(r.source) &&
      present.has(r.target) &&
      (!shown.relationIds || shown.relationIds.has(r.id)),
  )
  const orderOf = new Map(graph.phases.map((p) => [p.id, p.order]))
  return {
    actors: toCsv(
      ACTOR_COLUMNS,
      actors.map(({ actor, position }) => [
        actor.id,
        actor.label,
        actor.labelEn,
        actor.partyType,
        actor.category,
        actor.description,
        position.roles.join('|'),
        position.influence,
        position.provenance.kind,
        sources(position.provenance),
      ]),
    ),
    relations: toCsv(
      RELATION_COLUMNS,
      relations.map((r) => [
        r.id,
        r.source,
        r.target,
        r.type,
        r.directed ? 'directed' : 'undirected',
        graph.kase.id,
        r.phases.map((id) => orderOf.get(id) ?? id).join('|'),
        r.strength,
        r.label,
        r.provenance.kind,
        sources(r.provenance),
      ]),
    ),
  }
}
