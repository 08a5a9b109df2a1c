/**
 * The fixed vocabularies of the data model. Labels live in the i18n module; these lists
 * define the ids, their order in legends, and the facts the model attaches to them.
 */

export const PARTY_TYPES = [
  'burgers',
  'maatschappelijk',
  'markt',
  'overheid',
  'kennis',
  'professionals',
] as const
export type PartyType = (typeof PARTY_TYPES)[number]

/**
 * Habermas' distinction as the review uses it: the life world of residents and their own
 * networks against the system world of organisations, markets and government.
 */
export type World = 'leefwereld' | 'systeemwereld'
export const WORLD_OF_PARTY_TYPE: Record<PartyType, World> = {
  burgers: 'leefwereld',
  maatschappelijk: 'systeemwereld',
  markt: 'systeemwereld',
  overheid: 'systeemwereld',
  kennis: 'systeemwereld',
  professionals: 'systeemwereld',
}

export const ROLES = [
  'initiatiefnemer',
  'trekker',
  'eigenaar',
  'financier',
  'beslisser',
  'facilitator',
  'uitvoerder',
  'verbinder',
  'kennispartner',
  'deelnemer',
  'doelgroep',
  'tegenspeler',
] as const
export type Role = (typeof ROLES)[number]

export const RELATION_TYPES = [
  'financiering',
  'mandaat',
  'samenwerking',
  'advies',
  'dienstverlening',
  'eigendom',
  'conflict',
] as const
export type RelationType = (typeof RELATION_TYPES)[number]

/** Whether a relation of this type runs from source to target when the data does not say. */
export const DIRECTED_BY_DEFAULT: Record<RelationType, boolean> = {
  financiering: true,
  mandaat: true,
  samenwerking: false,
  advies: true,
  dienstverlening: true,
  eigendom: true,
  conflict: false,
}

export const THEMES = [
  'zorg-in-de-wijk',
  'ouder-worden',
  'armoede',
  'maatschappelijk-vastgoed',
  'winkelleegstand',
  'digitale-buurtpreventie',
  'circulaire-economie',
  'opvoeden',
  'ontmoetingsplekken',
  'gebiedsontwikkeling',
] as const
export type Theme = (typeof THEMES)[number]

export const PROVENANCE_KINDS = ['review', 'public-source', 'illustrative'] as const
export type ProvenanceKind = (typeof PROVENANCE_KINDS)[number]

/** Weakest first: a derived figure inherits the weakest provenance of its inputs. */
export const PROVENANCE_STRENGTH: Record<ProvenanceKind, number> = {
  illustrative: 0,
  'public-source': 1,
  review: 2,
}

export const SETTINGS = ['urban', 'suburban', 'rural'] as const
export type Setting = (typeof SETTINGS)[number]

export const INFLUENCE_MIN = 0
export const INFLUENCE_MAX = 8
export const STRENGTH_MIN = 1
export const STRENGTH_MAX = 3
