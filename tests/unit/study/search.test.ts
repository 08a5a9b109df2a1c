import { describe, expect, it } from 'vitest'
import { normalize, search, type SearchEntry } from '../../../src/domain/search.ts'

const entry = (
  kind: 'case' | 'actor' | 'concept',
  label: string,
  aliases: string[] = [],
): SearchEntry => {
  const key = `${kind}:${label}`
  const hit =
    kind === 'case'
      ? { kind, key, caseId: label, label, detail: '' }
      : kind === 'actor'
        ? { kind, key, caseId: 'c', actorId: label, label, detail: 'in De Voedseltuin' }
        : { kind, key, conceptId: label, label, detail: '' }
  return { hit, aliases }
}

const entries = [
  entry('case', 'De Voedseltuin', ['Rotterdam']),
  entry('actor', 'Gemeente Rotterdam', ['Municipality of Rotterdam']),
  entry('actor', 'Woningcorporatie Rotterdam'),
  entry('concept', 'Co-creatie', ['cocreatie']),
  entry('case', 'Zorgcoöperatie'),
]

describe('search', () => {
  it('ignores case and diacritics', () => {
    expect(normalize('Coöperatie')).toBe('cooperatie')
    expect(search(entries, 'COOPERATIE')[0]?.hits.map((h) => h.label)).toEqual(['Zorgcoöperatie'])
  })

  it('groups hits as cases, actors, concepts and finds by alias and detail', () => {
    const groups = search(entries, 'rotterdam')
    expect(groups.map((g) => g.kind)).toEqual(['case', 'actor'])
    expect(groups[1]?.hits.map((h) => h.label)).toEqual([
      'Gemeente Rotterdam',
      'Woningcorporatie Rotterdam',
    ])
  })

  it('needs every word and ranks a label that starts with the query first', () => {
    expect(
      search(entries, 'municipality rotterdam').flatMap((g) => g.hits.map((h) => h.label)),
    ).toEqual(['Gemeente Rotterdam'])
    const ranked = search(
      [entry('actor', 'Bewoners van de wijk'), entry('actor', 'Wijkteam')],
      'wijk',
    )[0]?.hits.map((h) => h.label)
    expect(ranked).toEqual(['Wijkteam', 'Bewoners van de wijk'])
  })

  it('finds nothing for an empty query and limits each group', () => {
    expect(search(entries, '   ')).toEqual([])
    const many = Array.from({ length: 10 }, (_, i) => entry('actor', `Actor ${i}`))
    expect(search(many, 'actor', 4)[0]?.hits).toHaveLength(4)
  })
})
