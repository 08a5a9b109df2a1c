import type { Dataset, Provenance, Relation } from '../schema.ts'
import type { PartyType, RelationType, Role } from '../vocabulary.ts'

/**
 * The edits a user can make to a dataset, as plain data. `applyEdit` turns a command into a
 * new dataset that still passes `parseDataset`, or refuses it with a reason; a refusal never
 * changes anything. Ids of new records come with the command (see `ids.ts`), so applying the
 * same command twice to the same dataset gives the same result.
 */
export type EditCommand =
  | {
      kind: 'add-actor'
      caseId: string
      actorId: string
      label: string
      partyType: PartyType
      /** The phases the new actor takes part in (at least one). */
      phaseIds: readonly string[]
      influence: number
    }
  | { kind: 'rename-actor'; actorId: string; label: string }
  | { kind: 'delete-actor'; caseId: string; actorId: string }
  | { kind: 'set-party-type'; actorId: string; partyType: PartyType }
  | {
      kind: 'set-position'
      caseId: string
      actorId: string
      phaseId: string
      roles?: readonly Role[]
      influence?: number
    }
  | { kind: 'leave-phase'; caseId: string; actorId: string; phaseId: string }
  | {
      kind: 'add-relation'
      caseId: string
      relationId: string
      source: string
      target: string
      type: RelationType
      directed: boolean
      strength: number
      phaseIds: readonly string[]
    }
  | { kind: 'update-relation'; caseId: string; relationId: string; patch: RelationPatch }
  | { kind: 'delete-relation'; caseId: string; relationId: string }
  | { kind: 'add-phase'; caseId: string; phaseId: string; label: string }
  | { kind: 'rename-phase'; caseId: string; phaseId: string; label: string }
  | { kind: 'move-phase'; caseId: string; phaseId: string; toIndex: number }
  | { kind: 'delete-phase'; caseId: string; phaseId: string }
  /** Inserts a new phase right after `phaseId` that starts with its actors and relations. */
  | { kind: 'copy-phase'; caseId: string; phaseId: string; newPhaseId: string; label: string }

export type RelationPatch = Partial<
  Pick<Relation, 'type' | 'directed' | 'strength' | 'source' | 'target'>
> & { phases?: readonly string[] }

/** Why an edit was refused; the UI turns each into a sentence. */
export type EditRefusal =
  | 'unknown-case'
  | 'unknown-actor'
  | 'unknown-phase'
  | 'unknown-relation'
  | 'duplicate-id'
  | 'empty-label'
  | 'out-of-range'
  | 'last-phase'
  | 'last-position'
  | 'no-phases'
  | 'self-relation'
  | 'absent-in-phase'
  | 'period-order'
  | 'invalid'

export type EditResult = { ok: true; dataset: Dataset } | { ok: false; reason: EditRefusal }

/** Records made in the editor say so; they cite nothing. */
export const EDITOR_PROVENANCE: Provenance = {
  kind: 'illustrative',
  note: 'Ingevoerd in de editor van Wijknetwerk.',
}
