import type { CaseGraph } from '../../domain/caseGraph.ts'
import { type Lang, localized } from '../../i18n/index.ts'

/** An actor's label in the chosen language, or its id when it is not in the case. */
export function actorName(graph: CaseGraph, lang: Lang, actorId: string): string {
  const found = graph.actors.find((a) => a.actor.id === actorId)
  return found ? localized(lang, found.actor.label, found.actor.labelEn) : actorId
}
