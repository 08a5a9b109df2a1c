import type { Case, Dataset, Participant } from '../schema.ts'
import { INFLUENCE_MAX, INFLUENCE_MIN, type PartyType, type Role } from '../vocabulary.ts'
import { cleanLabel, dropOrphanActors, editCase, pruneRelations } from './caseEdit.ts'
import { EDITOR_PROVENANCE, type EditCommand, type EditResult } from './types.ts'

const ID = /^[a-z0-9][a-z0-9-]*$/
const validInfluence = (n: number) =>
  Number.isInteger(n) && n >= INFLUENCE_MIN && n <= INFLUENCE_MAX

type Cmd<K extends EditCommand['kind']> = Extract<EditCommand, { kind: K }>

export function addActor(dataset: Dataset, cmd: Cmd<'add-actor'>): EditResult {
  const label = cleanLabel(cmd.label)
  if (label === '') return { ok: false, reason: 'empty-label' }
  if (!ID.test(cmd.actorId) || cmd.actorId.length > 80) return { ok: false, reason: 'invalid' }
  if (dataset.actors.some((a) => a.id === cmd.actorId)) return { ok: false, reason: 'duplicate-id' }
  if (!validInfluence(cmd.influence)) return { ok: false, reason: 'out-of-range' }
  const phaseIds = [...new Set(cmd.phaseIds)]
  if (phaseIds.length === 0) return { ok: false, reason: 'no-phases' }
  const result = editCase(dataset, cmd.caseId, (kase) => {
    if (phaseIds.some((id) => !kase.phases.some((p) => p.id === id))) return 'unknown-phase'
    const participant: Participant = {
      actor: cmd.actorId,
      motive: '–',
      provenance: EDITOR_PROVENANCE,
      positions: kase.phases
        .filter((p) => phaseIds.includes(p.id))
        .map((p) => ({
          phase: p.id,
          roles: [],
          influence: cmd.influence,
          provenance: EDITOR_PROVENANCE,
        })),
    }
    return { ...kase, participants: [...kase.participants, participant] }
  })
  if (!result.ok) return result
  const actor = {
    id: cmd.actorId,
    label,
    partyType: cmd.partyType,
    provenance: EDITOR_PROVENANCE,
  }
  return { ok: true, dataset: { ...result.dataset, actors: [...result.dataset.actors, actor] } }
}

function editActor(
  dataset: Dataset,
  actorId: string,
  patch: { label?: string; partyType?: PartyType },
): EditResult {
  if (!dataset.actors.some((a) => a.id === actorId)) return { ok: false, reason: 'unknown-actor' }
  const actors = dataset.actors.map((a) => (a.id === actorId ? { ...a, ...patch } : a))
  return { ok: true, dataset: { ...dataset, actors } }
}

export function renameActor(dataset: Dataset, cmd: Cmd<'rename-actor'>): EditResult {
  const label = cleanLabel(cmd.label)
  if (label === '') return { ok: false, reason: 'empty-label' }
  return editActor(dataset, cmd.actorId, { label })
}

export function setPartyType(dataset: Dataset, cmd: Cmd<'set-party-type'>): EditResult {
  return editActor(dataset, cmd.actorId, { partyType: cmd.partyType })
}

export function deleteActor(dataset: Dataset, cmd: Cmd<'delete-actor'>): EditResult {
  const result = editCase(dataset, cmd.caseId, (kase) => {
    if (!kase.participants.some((p) => p.actor === cmd.actorId)) return 'unknown-actor'
    return {
      ...kase,
      participants: kase.participants.filter((p) => p.actor !== cmd.actorId),
      relations: kase.relations.filter((r) => r.source !== cmd.actorId && r.target !== cmd.actorId),
    }
  })
  return result.ok ? { ok: true, dataset: dropOrphanActors(result.dataset) } : result
}

function editParticipant(
  kase: Case,
  actorId: string,
  change: (p: Participant) => Participant | 'last-position' | 'out-of-range',
) {
  const index = kase.participants.findIndex((p) => p.actor === actorId)
  const participant = kase.participants[index]
  if (!participant) return 'unknown-actor' as const
  const next = change(participant)
  if (typeof next === 'string') return next
  const participants = kase.participants.slice()
  participants[index] = next
  return pruneRelations({ ...kase, participants })
}

/** Sets roles and/or influence of an actor in a phase; adds the actor to the phase if absent. */
export function setPosition(dataset: Dataset, cmd: Cmd<'set-position'>): EditResult {
  if (cmd.influence !== undefined && !validInfluence(cmd.influence))
    return { ok: false, reason: 'out-of-range' }
  const roles: Role[] | undefined = cmd.roles ? [...new Set(cmd.roles)] : undefined
  return editCase(dataset, cmd.caseId, (kase) => {
    const order = kase.phases.findIndex((p) => p.id === cmd.phaseId)
    if (order < 0) return 'unknown-phase'
    return editParticipant(kase, cmd.actorId, (p) => {
      const existing = p.positions.find((pos) => pos.phase === cmd.phaseId)
      const position = {
        ...(existing ?? {
          phase: cmd.phaseId,
          roles: [],
          influence: INFLUENCE_MIN,
          provenance: EDITOR_PROVENANCE,
        }),
        ...(roles ? { roles } : {}),
        ...(cmd.influence !== undefined ? { influence: cmd.influence } : {}),
      }
      const others = p.positions.filter((pos) => pos.phase !== cmd.phaseId)
      // Keep positions in phase order, as the bundled data lists them.
      const rank = (id: string) => kase.phases.findIndex((ph) => ph.id === id)
      const positions = [...others, position].sort((a, b) => rank(a.phase) - rank(b.phase))
      return { ...p, positions }
    })
  })
}

/** Takes an actor out of one phase; its relations lose that phase. Refused for its last one. */
export function leavePhase(dataset: Dataset, cmd: Cmd<'leave-phase'>): EditResult {
  return editCase(dataset, cmd.caseId, (kase) => {
    if (!kase.phases.some((p) => p.id === cmd.phaseId)) return 'unknown-phase'
    return editParticipant(kase, cmd.actorId, (p) => {
      const positions = p.positions.filter((pos) => pos.phase !== cmd.phaseId)
      if (positions.length === p.positions.length) return p
      return positions.length === 0 ? 'last-position' : { ...p, positions }
    })
  })
}
