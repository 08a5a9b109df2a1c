import type { Case, Dataset, Phase } from '../schema.ts'
import { cleanLabel, dropOrphanActors, editCase, pruneRelations } from './caseEdit.ts'
import { EDITOR_PROVENANCE, type EditCommand, type EditResult } from './types.ts'

type Cmd<K extends EditCommand['kind']> = Extract<EditCommand, { kind: K }>

const ID = /^[a-z0-9][a-z0-9-]*$/

/** Numbers phases 1, 2, 3… in list order, as the schema requires. */
const renumber = (phases: readonly Phase[]): Phase[] =>
  phases.map((p, i) => (p.order === i + 1 ? p : { ...p, order: i + 1 }))

/** True when the phases' start dates (where given) never go back in time. */
function periodsInOrder(phases: readonly Phase[]): boolean {
  return phases.every((phase, i) => {
    const before = phases[i - 1]?.period?.start
    const start = phase.period?.start
    return before === undefined || start === undefined || start >= before
  })
}

function newPhase(kase: Case, id: string, label: string): Phase | null {
  if (!ID.test(id) || id.length > 80 || kase.phases.some((p) => p.id === id)) return null
  return {
    id,
    order: kase.phases.length + 1,
    label,
    narrative: '–',
    provenance: EDITOR_PROVENANCE,
  }
}

export function addPhase(dataset: Dataset, cmd: Cmd<'add-phase'>): EditResult {
  const label = cleanLabel(cmd.label)
  if (label === '') return { ok: false, reason: 'empty-label' }
  return editCase(dataset, cmd.caseId, (kase) => {
    const phase = newPhase(kase, cmd.phaseId, label)
    return phase ? { ...kase, phases: [...kase.phases, phase] } : 'duplicate-id'
  })
}

export function renamePhase(dataset: Dataset, cmd: Cmd<'rename-phase'>): EditResult {
  const label = cleanLabel(cmd.label)
  if (label === '') return { ok: false, reason: 'empty-label' }
  return editCase(dataset, cmd.caseId, (kase) => {
    if (!kase.phases.some((p) => p.id === cmd.phaseId)) return 'unknown-phase'
    return { ...kase, phases: kase.phases.map((p) => (p.id === cmd.phaseId ? { ...p, label } : p)) }
  })
}

export function movePhase(dataset: Dataset, cmd: Cmd<'move-phase'>): EditResult {
  return editCase(dataset, cmd.caseId, (kase) => {
    const from = kase.phases.findIndex((p) => p.id === cmd.phaseId)
    const phase = kase.phases[from]
    if (!phase) return 'unknown-phase'
    if (!Number.isInteger(cmd.toIndex) || cmd.toIndex < 0 || cmd.toIndex >= kase.phases.length)
      return 'out-of-range'
    const rest = kase.phases.filter((p) => p !== phase)
    const phases = renumber([...rest.slice(0, cmd.toIndex), phase, ...rest.slice(cmd.toIndex)])
    if (!periodsInOrder(phases)) return 'period-order'
    return { ...kase, phases }
  })
}

/** Removes a phase with every position in it; actors left without any phase leave the case. */
export function deletePhase(dataset: Dataset, cmd: Cmd<'delete-phase'>): EditResult {
  const result = editCase(dataset, cmd.caseId, (kase) => {
    if (!kase.phases.some((p) => p.id === cmd.phaseId)) return 'unknown-phase'
    if (kase.phases.length === 1) return 'last-phase'
    const participants = kase.participants.flatMap((p) => {
      const positions = p.positions.filter((pos) => pos.phase !== cmd.phaseId)
      if (positions.length === p.positions.length) return [p]
      return positions.length === 0 ? [] : [{ ...p, positions }]
    })
    const phases = renumber(kase.phases.filter((p) => p.id !== cmd.phaseId))
    const kept = new Set(participants.map((p) => p.actor))
    const relations = kase.relations.filter((r) => kept.has(r.source) && kept.has(r.target))
    return pruneRelations({ ...kase, phases, participants, relations })
  })
  return result.ok ? { ok: true, dataset: dropOrphanActors(result.dataset) } : result
}

/**
 * Inserts a new phase right after `phaseId`, starting as a copy of it: every actor keeps its
 * roles and influence, every relation that held goes on holding. The new phase has no period.
 */
export function copyPhase(dataset: Dataset, cmd: Cmd<'copy-phase'>): EditResult {
  const label = cleanLabel(cmd.label)
  if (label === '') return { ok: false, reason: 'empty-label' }
  return editCase(dataset, cmd.caseId, (kase) => {
    const at = kase.phases.findIndex((p) => p.id === cmd.phaseId)
    if (at < 0) return 'unknown-phase'
    const phase = newPhase(kase, cmd.newPhaseId, label)
    if (!phase) return 'duplicate-id'
    const phases = renumber([...kase.phases.slice(0, at + 1), phase, ...kase.phases.slice(at + 1)])
    const participants = kase.participants.map((p) => {
      const index = p.positions.findIndex((pos) => pos.phase === cmd.phaseId)
      const source = p.positions[index]
      if (!source) return p
      const copy = { ...source, phase: cmd.newPhaseId }
      const positions = [...p.positions.slice(0, index + 1), copy, ...p.positions.slice(index + 1)]
      return { ...p, positions }
    })
    const relations = kase.relations.map((r) => {
      const index = r.phases.indexOf(cmd.phaseId)
      if (index < 0) return r
      return {
        ...r,
        phases: [...r.phases.slice(0, index + 1), cmd.newPhaseId, ...r.phases.slice(index + 1)],
      }
    })
    return { ...kase, phases, participants, relations }
  })
}
