/**
 * Search over the dataset: cases, actors (one hit per case they take part in) and concepts.
 * Pure and language-neutral: the caller passes the texts in the chosen language.
 */

export type SearchHit =
  | { kind: 'case'; key: string; caseId: string; label: string; detail: string }
  | {
      kind: 'actor'
      key: string
      caseId: string
      actorId: string
      label: string
      detail: string
    }
  | { kind: 'concept'; key: string; conceptId: string; label: string; detail: string }

export type SearchKind = SearchHit['kind']

/** A searchable entry: the hit it yields, and the extra words it is found by. */
export interface SearchEntry {
  hit: SearchHit
  /** Other names (the Dutch label in English, a city, a category), searched but not shown. */
  aliases: readonly string[]
}

export const SEARCH_KINDS: readonly SearchKind[] = ['case', 'actor', 'concept']

/** Lower case without diacritics, so "cooperatie" finds "coöperatie". */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim()
}

/** 0 = the label starts with the query, 1 = a word of the label does, 2 = found elsewhere. */
function rank(entry: SearchEntry, tokens: readonly string[], whole: string): number | null {
  const label = normalize(entry.hit.label)
  const haystack = [label, normalize(entry.hit.detail), ...entry.aliases.map(normalize)].join(' ')
  if (!tokens.every((token) => haystack.includes(token))) return null
  if (label.startsWith(whole)) return 0
  if (label.split(/[\s\-–(/]+/).some((word) => word.startsWith(tokens[0] ?? ''))) return 1
  return 2
}

export interface SearchGroup {
  kind: SearchKind
  hits: SearchHit[]
}

/**
 * The entries that contain every word of the query, grouped by kind (cases, actors,
 * concepts), best matches first, at most `perGroup` per group. An empty query finds nothing.
 */
export function search(
  entries: readonly SearchEntry[],
  query: string,
  perGroup = 6,
): SearchGroup[] {
  const whole = normalize(query)
  const tokens = whole.split(/\s+/).filter(Boolean)
  if (tokens.length === 0) return []
  const scored = entries.flatMap((entry) => {
    const score = rank(entry, tokens, whole)
    return score === null ? [] : [{ entry, score }]
  })
  return SEARCH_KINDS.flatMap((kind) => {
    const hits = scored
      .filter((s) => s.entry.hit.kind === kind)
      .sort((a, b) => a.score - b.score || a.entry.hit.label.localeCompare(b.entry.hit.label))
      .slice(0, perGroup)
      .map((s) => s.entry.hit)
    return hits.length > 0 ? [{ kind, hits }] : []
  })
}
