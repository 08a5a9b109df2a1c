import type { Case, Dataset } from '../schema.ts'
import type { EditRefusal, EditResult } from './types.ts'

/** A case after an edit, or why the edit was refused. */
export type CaseResult = Case | EditRefusal

/** Applies `change` to one case of the dataset, leaving every other record as it was. */
export function editCase(
  dataset: Dataset,
  caseId: string,
  change: (kase: Case) => CaseResult,
): EditResult {
  const index = dataset.cases.findIndex((c) => c.id === caseId)
  const kase = dataset.cases[index]
  if (!kase) return { ok: false, reason: 'unknown-case' }
  const next = change(kase)
  if (typeof next === 'string') return { ok: false, reason: next }
  const cases = dataset.cases.slice()
  cases[index] = next
  return { ok: true, dataset: { ...dataset, cases } }
}

export const cleanLabel = (label: string) => label.replace(/\s+/g, ' ').trim()

/** Drops actors that no case refers to any more (they were only in the edited case). */
export function dropOrphanActors(dataset: Dataset): Dataset {
  const used = new Set(dataset.cases.flatMap((c) => c.participants.map((p) => p.actor)))
  const actors = dataset.actors.filter((a) => used.has(a.id))
  return actors.length === dataset.actors.length ? dataset : { ...dataset, actors }
}

/**
 * Keeps the relations of a case consistent with who takes part when: a relation keeps only
 * the phases in which both its ends have a position, and one left with none is dropped.
 */
export function pruneRelations(kase: Case): Case {
  const presence = new Map(
    kase.participants.map((p) => [p.actor, new Set(p.positions.map((pos) => pos.phase))]),
  )
  let changed = false
  const relations = kase.relations.flatMap((rel) => {
    const from = presence.get(rel.source)
    const to = presence.get(rel.target)
    const phases = rel.phases.filter((ph) => from?.has(ph) === true && to?.has(ph) === true)
    if (phases.length === rel.phases.length) return [rel]
    changed = true
    return phases.length === 0 ? [] : [{ ...rel, phases }]
  })
  return changed ? { ...kase, relations } : kase
}
