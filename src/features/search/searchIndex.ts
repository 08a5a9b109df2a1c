import { CONCEPT_IDS } from '../../domain/glossary.ts'
import type { Dataset } from '../../domain/schema.ts'
import type { SearchEntry } from '../../domain/search.ts'
import { type Lang, localized, type Messages } from '../../i18n/index.ts'

/**
 * Everything the header search finds, in the chosen language: cases (also by city and
 * theme), each actor once per case it takes part in (also by its name in the other
 * language, its kind and party type), and the glossary's concepts.
 */
export function buildSearchIndex(dataset: Dataset, lang: Lang, t: Messages): SearchEntry[] {
  const actors = new Map(dataset.actors.map((a) => [a.id, a]))
  const entries: SearchEntry[] = []
  for (const kase of dataset.cases) {
    const title = localized(lang, kase.title, kase.titleEn)
    entries.push({
      hit: {
        kind: 'case',
        key: `case:${kase.id}`,
        caseId: kase.id,
        label: title,
        detail: kase.city,
      },
      aliases: [kase.title, kase.titleEn, t.vocab.theme[kase.theme], kase.area ?? ''],
    })
    for (const participant of kase.participants) {
      const actor = actors.get(participant.actor)
      if (!actor) continue
      entries.push({
        hit: {
          kind: 'actor',
          key: `actor:${kase.id}:${actor.id}`,
          caseId: kase.id,
          actorId: actor.id,
          label: localized(lang, actor.label, actor.labelEn),
          detail: t.study.search.actorIn(title),
        },
        aliases: [
          actor.label,
          actor.labelEn ?? '',
          actor.category ? (t.study.category[actor.category] ?? actor.category) : '',
          t.vocab.partyType[actor.partyType],
        ],
      })
    }
  }
  for (const id of CONCEPT_IDS) {
    const concept = t.glossary.concepts[id]
    entries.push({
      hit: {
        kind: 'concept',
        key: `concept:${id}`,
        conceptId: id,
        label: concept.term,
        detail: t.glossary.heading,
      },
      aliases: [concept.aliases, id.replace(/-/g, ' ')],
    })
  }
  return entries
}
