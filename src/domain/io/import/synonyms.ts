import {
  type PartyType,
  PARTY_TYPES,
  PROVENANCE_KINDS,
  type ProvenanceKind,
  RELATION_TYPES,
  type RelationType,
  type Role,
  ROLES,
} from '../../vocabulary.ts'

/**
 * Dutch and English words users write for the fixed vocabularies. Matching ignores case,
 * accents, spaces, hyphens and a plural `s`/`en`, so "Maatschappelijke organisaties",
 * "civil-society" and "Civil society" all find `maatschappelijk`.
 */
const PARTY_TYPE_WORDS: Record<PartyType, readonly string[]> = {
  burgers: ['burger', 'bewoner', 'inwoner', 'citizen', 'resident', 'community', 'leefwereld'],
  maatschappelijk: [
    'maatschappelijk',
    'maatschappelijke organisatie',
    'civil society',
    'ngo',
    'non profit',
    'nonprofit',
    'stichting',
    'welzijn',
  ],
  markt: [
    'markt',
    'market',
    'bedrijf',
    'bedrijven',
    'business',
    'private',
    'ondernemer',
    'company',
  ],
  overheid: ['overheid', 'gemeente', 'government', 'public', 'municipality', 'state', 'provincie'],
  kennis: [
    'kennis',
    'kennisinstelling',
    'knowledge',
    'research',
    'university',
    'universiteit',
    'hogeschool',
    'onderwijs',
    'education',
  ],
  professionals: ['professional', 'professionals', 'vakmensen'],
}

const RELATION_TYPE_WORDS: Record<RelationType, readonly string[]> = {
  financiering: ['funding', 'finance', 'financing', 'subsidie', 'subsidy', 'geld', 'money'],
  mandaat: ['mandate', 'authority', 'opdracht', 'commission'],
  samenwerking: ['collaboration', 'cooperation', 'partnership', 'samenwerken', 'partner'],
  advies: ['advice', 'advise', 'adviseren', 'consultancy'],
  dienstverlening: ['service', 'services', 'dienst', 'diensten', 'zorg', 'care'],
  eigendom: ['ownership', 'owner', 'property', 'bezit'],
  conflict: ['conflict', 'tegenstelling', 'opposition', 'dispute'],
}

const ROLE_WORDS: Record<Role, readonly string[]> = {
  initiatiefnemer: ['initiator'],
  trekker: ['leader', 'driver', 'lead'],
  eigenaar: ['owner'],
  financier: ['funder', 'financer'],
  beslisser: ['decision maker', 'decider'],
  facilitator: ['facilitator', 'faciliteerder'],
  uitvoerder: ['implementer', 'executor', 'doer'],
  verbinder: ['connector', 'broker', 'bridge'],
  kennispartner: ['knowledge partner', 'expert'],
  deelnemer: ['participant', 'member', 'lid'],
  doelgroep: ['target group', 'beneficiary'],
  tegenspeler: ['opponent', 'antagonist'],
}

const PROVENANCE_WORDS: Record<ProvenanceKind, readonly string[]> = {
  review: ['book', 'boek', 'publicatie'],
  'public-source': ['external source', 'public source', 'bron', 'source', 'openbare bron'],
  illustrative: ['illustratief', 'illustration', 'derived', 'invented', 'verzonnen'],
}

export function normalizeWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s_\-./]+/g, ' ')
    .trim()
}

/** Forms of a word without a plural or Dutch adjective ending. */
function stems(word: string): string[] {
  const out = [word]
  for (const ending of ['en', 'es', 's', 'e'])
    if (word.endsWith(ending) && word.length > ending.length + 2)
      out.push(word.slice(0, -ending.length))
  return out
}

function matcher<T extends string>(ids: readonly T[], words: Record<T, readonly string[]>) {
  const table = new Map<string, T>()
  for (const id of ids)
    for (const word of [id, ...words[id]])
      for (const stem of stems(normalizeWord(word))) table.set(stem, id)
  return (input: string): T | undefined => {
    for (const stem of stems(normalizeWord(input))) {
      const found = table.get(stem)
      if (found !== undefined) return found
    }
    return undefined
  }
}

export const matchPartyType = matcher(PARTY_TYPES, PARTY_TYPE_WORDS)
export const matchRelationType = matcher(RELATION_TYPES, RELATION_TYPE_WORDS)
export const matchRole = matcher(ROLES, ROLE_WORDS)
export const matchProvenance = matcher(PROVENANCE_KINDS, PROVENANCE_WORDS)

/** 1–3 from a number or a word (zwak/middel/sterk, weak/medium/strong). */
export function matchStrength(input: string): number | undefined {
  const word = normalizeWord(input)
  return STRENGTH_WORDS.get(word)
}

// A Map, not an object literal: a cell holding `constructor` must not find Object's.
const STRENGTH_WORDS = new Map<string, number>([
  ['zwak', 1],
  ['weak', 1],
  ['low', 1],
  ['laag', 1],
  ['middel', 2],
  ['medium', 2],
  ['gemiddeld', 2],
  ['sterk', 3],
  ['strong', 3],
  ['high', 3],
  ['hoog', 3],
])

/** true for directed, false for undirected or mutual, undefined when the word is not known. */
export function matchDirection(input: string): boolean | undefined {
  const word = normalizeWord(input)
  if (['directed', 'gericht', 'true', 'yes', 'ja', '1', 'one way', 'eenrichting'].includes(word))
    return true
  if (
    ['undirected', 'ongericht', 'mutual', 'wederzijds', 'false', 'no', 'nee', '0', 'both'].includes(
      word,
    )
  )
    return false
  return undefined
}
