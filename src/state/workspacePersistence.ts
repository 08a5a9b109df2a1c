import { loadStoredWorkspace } from '../domain/workspace/migrations.ts'
import { classifyStorageError, useStorageStatusStore } from './storageStatusStore.ts'
import { announceSaved, isReadOnlyHere } from './tabCoordination.ts'
import type { WorkspaceStorage } from './workspaceStorage.ts'
import { type Workspace, useWorkspaceStore } from './workspaceStore.ts'

/** Saves follow an edit within this delay; the issue asks for less than a second. */
export const SAVE_DELAY_MS = 400

export interface Persistence {
  /** Resolves when stored workspaces are read into the store. */
  ready: Promise<void>
  /** Writes every pending change now (page hide, take-over by another tab). */
  flush: () => Promise<void>
  /** Reads one workspace again from storage into the store. */
  reload: (id: string) => Promise<void>
  stop: () => void
}

/**
 * Mirrors the workspace store into storage: reads (and migrates) stored workspaces once, then
 * writes each changed workspace shortly after the change and removes deleted ones. A failing
 * write is reported in the storage status store; the data stays in memory for an export.
 */
export function startPersistence(storage: WorkspaceStorage, delayMs = SAVE_DELAY_MS): Persistence {
  const status = useStorageStatusStore
  /** The version of each workspace that storage holds, by reference. */
  const saved = new Map<string, Workspace>()
  let timer: ReturnType<typeof setTimeout> | undefined
  let running: Promise<void> = Promise.resolve()
  let hydrated = false

  const writeChanges = async () => {
    const current = useWorkspaceStore.getState().workspaces
    const ids = new Set(current.map((w) => w.id))
    try {
      for (const workspace of current) {
        if (saved.get(workspace.id) === workspace || isReadOnlyHere(workspace.id)) continue
        await storage.write(workspace)
        saved.set(workspace.id, workspace)
        announceSaved(workspace.id)
      }
      for (const id of [...saved.keys()]) {
        if (ids.has(id)) continue
        await storage.remove(id)
        saved.delete(id)
      }
      if (status.getState().problem) status.setState({ problem: null })
    } catch (error) {
      status.setState({ problem: classifyStorageError(error) })
    }
  }

  const flush = () => {
    clearTimeout(timer)
    timer = undefined
    if (!hydrated) return running
    // One write pass at a time, so records are written in the order they changed.
    running = running.then(writeChanges)
    return running
  }

  const schedule = () => {
    clearTimeout(timer)
    timer = setTimeout(() => void flush(), delayMs)
  }

  const ready = (async () => {
    status.setState({ phase: 'loading' })
    let raws: unknown[]
    try {
      raws = await storage.readAll()
    } catch {
      // Reported when a save fails, i.e. only once the user has something to lose.
      hydrated = true
      status.setState({ phase: 'unavailable' })
      return
    }
    const loaded: Workspace[] = []
    const unreadable = []
    const migrated: string[] = []
    for (const raw of raws) {
      const result = loadStoredWorkspace(raw)
      if (!result.ok) {
        unreadable.push({ id: result.id, reason: result.reason })
        continue
      }
      loaded.push(result.workspace)
      if (result.migratedFrom === null) saved.set(result.workspace.id, result.workspace)
      else migrated.push(result.workspace.id)
    }
    loaded.sort((a, b) => a.updatedAt - b.updatedAt)
    useWorkspaceStore.getState().hydrate(loaded)
    hydrated = true
    status.setState({ phase: 'ready', unreadable, migrated })
    // Migrated records (and workspaces made before storage was read) are written back now.
    await flush()
  })()

  const unsubscribe = useWorkspaceStore.subscribe((state, previous) => {
    if (state.workspaces !== previous.workspaces) schedule()
  })

  const reload = async (id: string) => {
    try {
      const result = loadStoredWorkspace(await storage.read(id))
      if (!result.ok) return
      saved.set(id, result.workspace)
      useWorkspaceStore.getState().replaceFromStorage(result.workspace)
    } catch (error) {
      status.setState({ problem: classifyStorageError(error) })
    }
  }

  return {
    ready,
    flush,
    reload,
    stop: () => {
      clearTimeout(timer)
      unsubscribe()
    },
  }
}
