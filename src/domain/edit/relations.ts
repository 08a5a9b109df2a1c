import type { Case, Dataset, Participant, Relation } from '../schema.ts'
import { RELATION_TYPES, STRENGTH_MAX, STRENGTH_MIN } from '../vocabulary.ts'
import { editCase } from './caseEdit.ts'
import { EDITOR_PROVENANCE, type EditCommand, type EditRefusal, type EditResult } from './types.ts'

type Cmd<K extends EditCommand['kind']> = Extract<EditCommand, { kind: K }>

const ID = /^[a-z0-9][a-z0-9-]*$/

/** Why a relation cannot stand in this case as it is, or null when it can. */
function checkRelation(kase: Case, rel: Relation): EditRefusal | null {
  if (!(RELATION_TYPES as readonly string[]).includes(rel.type)) return 'invalid'
  if (!Number.isInteger(rel.strength) || rel.strength < STRENGTH_MIN || rel.strength > STRENGTH_MAX)
    return 'out-of-range'
  if (rel.source === rel.target) return 'self-relation'
  if (rel.phases.length === 0) return 'no-phases'
  const from = kase.participants.find((p) => p.actor === rel.source)
  const to = kase.participants.find((p) => p.actor === rel.target)
  if (!from || !to) return 'unknown-actor'
  for (const phase of rel.phases) {
    if (!kase.phases.some((p) => p.id === phase)) return 'unknown-phase'
    const inPhase = (part: Participant) => part.positions.some((pos) => pos.phase === phase)
    if (!inPhase(from) || !inPhase(to)) return 'absent-in-phase'
  }
  return null
}

/** Phase ids without repeats, in the case's phase order. */
function orderedPhases(kase: Case, ids: readonly string[]): string[] {
  const wanted = new Set(ids)
  const known = kase.phases.filter((p) => wanted.has(p.id)).map((p) => p.id)
  return known.length === wanted.size ? known : [...wanted]
}

export function addRelation(dataset: Dataset, cmd: Cmd<'add-relation'>): EditResult {
  if (!ID.test(cmd.relationId) || cmd.relationId.length > 80)
    return { ok: false, reason: 'invalid' }
  if (dataset.cases.some((c) => c.relations.some((r) => r.id === cmd.relationId)))
    return { ok: false, reason: 'duplicate-id' }
  return editCase(dataset, cmd.caseId, (kase) => {
    const relation: Relation = {
      id: cmd.relationId,
      type: cmd.type,
      source: cmd.source,
      target: cmd.target,
      directed: cmd.directed,
      strength: cmd.strength,
      phases: orderedPhases(kase, cmd.phaseIds),
      provenance: EDITOR_PROVENANCE,
    }
    const problem = checkRelation(kase, relation)
    return problem ?? { ...kase, relations: [...kase.relations, relation] }
  })
}

export function updateRelation(dataset: Dataset, cmd: Cmd<'update-relation'>): EditResult {
  return editCase(dataset, cmd.caseId, (kase) => {
    const index = kase.relations.findIndex((r) => r.id === cmd.relationId)
    const current = kase.relations[index]
    if (!current) return 'unknown-relation'
    const { phases, ...rest } = cmd.patch
    const next: Relation = {
      ...current,
      ...rest,
      ...(phases ? { phases: orderedPhases(kase, phases) } : {}),
    }
    const problem = checkRelation(kase, next)
    if (problem) return problem
    const relations = kase.relations.slice()
    relations[index] = next
    return { ...kase, relations }
  })
}

export function deleteRelation(dataset: Dataset, cmd: Cmd<'delete-relation'>): EditResult {
  return editCase(dataset, cmd.caseId, (kase) => {
    if (!kase.relations.some((r) => r.id === cmd.relationId)) return 'unknown-relation'
    return { ...kase, relations: kase.relations.filter((r) => r.id !== cmd.relationId) }
  })
}
