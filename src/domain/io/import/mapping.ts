import type { PartyType, RelationType } from '../../vocabulary.ts'
import { findColumn, type RawNetwork } from './rawNetwork.ts'

/**
 * Which column of a foreign file means what. Chosen in the import dialog, with `guessMapping`
 * as the starting point. `null` means "not in this file": the documented default applies.
 */
export interface ImportMapping {
  actorId: string | null
  actorLabel: string | null
  partyType: string | null
  influence: string | null
  roles: string | null
  description: string | null
  relationSource: string | null
  relationTarget: string | null
  relationType: string | null
  strength: string | null
  direction: string | null
  relationPhases: string | null
  relationLabel: string | null
  /** Given to actors whose party type is missing or not recognised (each reported). */
  defaultPartyType: PartyType
  /** Given to relations whose type is missing or not recognised (each reported). */
  defaultRelationType: RelationType
  /** The title of the imported case. */
  title: string
}

export const ACTOR_FIELDS = [
  'actorId',
  'actorLabel',
  'partyType',
  'influence',
  'roles',
  'description',
] as const
export const RELATION_FIELDS = [
  'relationSource',
  'relationTarget',
  'relationType',
  'strength',
  'direction',
  'relationPhases',
  'relationLabel',
] as const
export type ActorField = (typeof ACTOR_FIELDS)[number]
export type RelationField = (typeof RELATION_FIELDS)[number]

/** Documented defaults: a neutral party type, and the undirected relation type. */
export const DEFAULT_PARTY_TYPE: PartyType = 'maatschappelijk'
export const DEFAULT_RELATION_TYPE: RelationType = 'samenwerking'
/** Influence of an actor whose file gives none: low but visible. */
export const DEFAULT_INFLUENCE = 1

/** Column names, lower case, most specific first. */
const GUESSES: Record<ActorField | RelationField, readonly string[]> = {
  actorId: ['id', 'key', 'actor id', 'code'],
  actorLabel: ['label', 'name', 'naam', 'title', 'titel', 'actor'],
  partyType: [
    'partytype',
    'party type',
    'party_type',
    'partijtype',
    'partij',
    'sector',
    'type',
    'soort',
  ],
  influence: ['influence', 'invloed', 'power', 'macht'],
  roles: ['roles', 'role', 'rollen', 'rol'],
  description: ['description', 'beschrijving', 'omschrijving', 'notes', 'toelichting'],
  relationSource: ['from', 'source', 'van'],
  relationTarget: ['to', 'target', 'naar'],
  relationType: ['type', 'relation type', 'relatietype', 'soort', 'kind', 'interaction'],
  strength: ['strength', 'sterkte', 'weight', 'gewicht'],
  direction: ['direction', 'richting', 'directed', 'gericht'],
  relationPhases: ['phases', 'phase', 'fasen', 'fases', 'fase', 'stage'],
  relationLabel: ['label', 'name', 'naam', 'description', 'beschrijving'],
}

/** A first mapping from the column names; the user corrects it in the dialog. */
export function guessMapping(raw: RawNetwork): ImportMapping {
  const actorColumns = raw.actors
  const relationColumns = raw.relations
  const actor = (field: ActorField) => findColumn(actorColumns, GUESSES[field])
  const relation = (field: RelationField) => findColumn(relationColumns, GUESSES[field])
  return {
    actorId: actor('actorId') ?? actorColumns.columns[0] ?? null,
    actorLabel: actor('actorLabel'),
    partyType: actor('partyType'),
    influence: actor('influence'),
    roles: actor('roles'),
    description: actor('description'),
    relationSource: relation('relationSource') ?? relationColumns.columns[0] ?? null,
    relationTarget: relation('relationTarget') ?? relationColumns.columns[1] ?? null,
    relationType: relation('relationType'),
    strength: relation('strength'),
    direction: relation('direction'),
    relationPhases: relation('relationPhases'),
    relationLabel: relation('relationLabel'),
    defaultPartyType: DEFAULT_PARTY_TYPE,
    defaultRelationType: DEFAULT_RELATION_TYPE,
    title: raw.title,
  }
}
