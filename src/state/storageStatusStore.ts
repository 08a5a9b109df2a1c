import { create } from 'zustand'

/** Why saving failed: the browser's quota is full, or it offers no IndexedDB (private modes). */
export type SaveProblem = { kind: 'quota' | 'unavailable' | 'failed'; detail: string }

export interface UnreadableWorkspace {
  id: string | null
  reason: 'not-a-workspace' | 'newer-version' | 'invalid-dataset'
}

interface StorageStatusState {
  phase: 'idle' | 'loading' | 'ready' | 'unavailable'
  problem: SaveProblem | null
  /** Stored records that could not be read; they are left in storage untouched. */
  unreadable: UnreadableWorkspace[]
  /** Ids of workspaces migrated from an older stored version on this load. */
  migrated: string[]
  /** A workspace named in the address that this browser does not hold. */
  missingWorkspace: string | null
  dismissProblem: () => void
}

export const useStorageStatusStore = create<StorageStatusState>()((set) => ({
  phase: 'idle',
  problem: null,
  unreadable: [],
  migrated: [],
  missingWorkspace: null,
  dismissProblem: () => set({ problem: null, missingWorkspace: null }),
}))

export const selectStoragePhase = (s: StorageStatusState) => s.phase
export const selectSaveProblem = (s: StorageStatusState) => s.problem
export const selectMissingWorkspace = (s: StorageStatusState) => s.missingWorkspace
export const selectUnreadable = (s: StorageStatusState) => s.unreadable
export const selectDismissProblem = (s: StorageStatusState) => s.dismissProblem

/** Sorts a storage error into what the user is told. */
export function classifyStorageError(error: unknown): SaveProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : ''
  const detail = error instanceof Error ? error.message : String(error)
  if (name === 'QuotaExceededError' || /quota/i.test(detail)) return { kind: 'quota', detail }
  if (name === 'SecurityError' || name === 'InvalidStateError' || name === 'ReferenceError')
    return { kind: 'unavailable', detail }
  return { kind: 'failed', detail }
}
