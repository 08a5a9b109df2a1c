import { assertNever } from '../../lib/assertNever.ts'
import type { Dataset } from '../schema.ts'
import {
  addActor,
  deleteActor,
  leavePhase,
  renameActor,
  setPartyType,
  setPosition,
} from './actors.ts'
import { addPhase, copyPhase, deletePhase, movePhase, renamePhase } from './phases.ts'
import { addRelation, deleteRelation, updateRelation } from './relations.ts'
import type { EditCommand, EditResult } from './types.ts'

/** Applies one edit. Pure: the input dataset is never changed. */
export function applyEdit(dataset: Dataset, cmd: EditCommand): EditResult {
  switch (cmd.kind) {
    case 'add-actor':
      return addActor(dataset, cmd)
    case 'rename-actor':
      return renameActor(dataset, cmd)
    case 'delete-actor':
      return deleteActor(dataset, cmd)
    case 'set-party-type':
      return setPartyType(dataset, cmd)
    case 'set-position':
      return setPosition(dataset, cmd)
    case 'leave-phase':
      return leavePhase(dataset, cmd)
    case 'add-relation':
      return addRelation(dataset, cmd)
    case 'update-relation':
      return updateRelation(dataset, cmd)
    case 'delete-relation':
      return deleteRelation(dataset, cmd)
    case 'add-phase':
      return addPhase(dataset, cmd)
    case 'rename-phase':
      return renamePhase(dataset, cmd)
    case 'move-phase':
      return movePhase(dataset, cmd)
    case 'delete-phase':
      return deletePhase(dataset, cmd)
    case 'copy-phase':
      return copyPhase(dataset, cmd)
    default:
      return assertNever(cmd)
  }
}
