import { create } from 'zustand'
import type { Dataset } from '../domain/schema.ts'
import type { StoredWorkspace } from '../domain/workspace/migrations.ts'
import { WORKSPACE_SCHEMA_VERSION, type CasePositions } from '../domain/workspace/record.ts'

/**
 * The user's own datasets ("Mijn netwerken"). The store holds every workspace in memory;
 * `workspacePersistence.ts` mirrors it into IndexedDB (debounced, flushed on page hide).
 * `activeId === null` means the bundled, read-only dataset.
 */
export interface WorkspaceMeta {
  id: string
  name: string
  /** Milliseconds since the epoch of the last change. */
  updatedAt: number
  /** Version of the stored record's shape; older records are migrated on load. */
  schemaVersion: number
}

/** A workspace with its dataset and the node positions per case (outside the Dataset schema). */
export type Workspace = StoredWorkspace

/** What an edit, undo or redo changes: the dataset and the node positions together. */
export type WorkspaceContent = Pick<Workspace, 'dataset' | 'positions'>

export interface TrashedWorkspace {
  workspace: Workspace
  deletedAt: number
}

interface WorkspaceState {
  workspaces: Workspace[]
  activeId: string | null
  /** Deleted this session, restorable until reload (the record stays exportable meanwhile). */
  trash: TrashedWorkspace[]
  /** Stores a dataset as a new workspace, makes it active and returns its id. */
  addWorkspace: (dataset: Dataset, name: string) => string
  openWorkspace: (id: string | null) => void
  renameWorkspace: (id: string, name: string) => void
  /** Moves a workspace to the trash; `restoreWorkspace` brings it back. */
  deleteWorkspace: (id: string) => void
  restoreWorkspace: (id: string) => void
  /** Replaces a workspace's dataset (after an edit, undo or redo). */
  updateDataset: (id: string, dataset: Dataset) => void
  setCasePositions: (id: string, caseId: string, positions: CasePositions) => void
  /** Sets dataset and positions at once (undo, redo). */
  setContent: (id: string, content: WorkspaceContent) => void
  /** Puts a record read from storage in place (another tab saved it), without marking a change. */
  replaceFromStorage: (workspace: Workspace) => void
  /** Replaces the list, e.g. after reading IndexedDB on start. Keeps workspaces added meanwhile. */
  hydrate: (stored: readonly Workspace[]) => void
}

let counter = 0
/** A short id that is unique enough for one browser profile. */
export function newWorkspaceId(now: number = Date.now()): string {
  counter += 1
  const random = Math.random().toString(36).slice(2, 8)
  return `ws-${now.toString(36)}-${counter.toString(36)}${random}`
}

const touch = (ws: Workspace, patch: Partial<Workspace>): Workspace => ({
  ...ws,
  ...patch,
  updatedAt: Math.max(Date.now(), ws.updatedAt + 1),
})

export const useWorkspaceStore = create<WorkspaceState>()((set, get) => ({
  workspaces: [],
  activeId: null,
  trash: [],
  addWorkspace: (dataset, name) => {
    const id = newWorkspaceId()
    const workspace: Workspace = {
      id,
      name: name.trim() || id,
      updatedAt: Date.now(),
      schemaVersion: WORKSPACE_SCHEMA_VERSION,
      dataset,
      positions: {},
    }
    set((s) => ({ workspaces: [...s.workspaces, workspace], activeId: id }))
    return id
  },
  openWorkspace: (id) => {
    if (id !== null && !get().workspaces.some((w) => w.id === id)) return
    set({ activeId: id })
  },
  renameWorkspace: (id, name) => {
    const trimmed = name.trim()
    if (trimmed === '') return
    set((s) => ({
      workspaces: s.workspaces.map((w) => (w.id === id ? touch(w, { name: trimmed }) : w)),
    }))
  },
  deleteWorkspace: (id) =>
    set((s) => {
      const workspace = s.workspaces.find((w) => w.id === id)
      if (!workspace) return s
      return {
        workspaces: s.workspaces.filter((w) => w.id !== id),
        trash: [...s.trash, { workspace, deletedAt: Date.now() }],
        activeId: s.activeId === id ? null : s.activeId,
      }
    }),
  restoreWorkspace: (id) =>
    set((s) => {
      const item = s.trash.find((t) => t.workspace.id === id)
      if (!item) return s
      return {
        workspaces: [...s.workspaces, touch(item.workspace, {})],
        trash: s.trash.filter((t) => t !== item),
      }
    }),
  updateDataset: (id, dataset) =>
    set((s) => ({
      workspaces: s.workspaces.map((w) => (w.id === id ? touch(w, { dataset }) : w)),
    })),
  setCasePositions: (id, caseId, positions) =>
    set((s) => ({
      workspaces: s.workspaces.map((w) =>
        w.id === id ? touch(w, { positions: { ...w.positions, [caseId]: positions } }) : w,
      ),
    })),
  setContent: (id, content) =>
    set((s) => ({
      workspaces: s.workspaces.map((w) => (w.id === id ? touch(w, content) : w)),
    })),
  replaceFromStorage: (workspace) =>
    set((s) => ({
      workspaces: s.workspaces.some((w) => w.id === workspace.id)
        ? s.workspaces.map((w) => (w.id === workspace.id ? workspace : w))
        : [...s.workspaces, workspace],
    })),
  hydrate: (stored) =>
    set((s) => {
      const known = new Set(stored.map((w) => w.id))
      const addedMeanwhile = s.workspaces.filter((w) => !known.has(w.id))
      return { workspaces: [...stored, ...addedMeanwhile] }
    }),
}))

export const selectWorkspaces = (s: WorkspaceState) => s.workspaces
export const selectActiveWorkspaceId = (s: WorkspaceState) => s.activeId
export const selectActiveWorkspace = (s: WorkspaceState): Workspace | null =>
  s.activeId === null ? null : (s.workspaces.find((w) => w.id === s.activeId) ?? null)
export const selectTrash = (s: WorkspaceState) => s.trash
export const selectAddWorkspace = (s: WorkspaceState) => s.addWorkspace
export const selectOpenWorkspace = (s: WorkspaceState) => s.openWorkspace
export const selectRenameWorkspace = (s: WorkspaceState) => s.renameWorkspace
export const selectDeleteWorkspace = (s: WorkspaceState) => s.deleteWorkspace
export const selectRestoreWorkspace = (s: WorkspaceState) => s.restoreWorkspace
