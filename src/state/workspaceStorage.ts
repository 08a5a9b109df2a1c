import { createStore, del, get, set, values } from 'idb-keyval'
import type { Workspace } from './workspaceStore.ts'

/** Where workspaces are kept. IndexedDB in the app; tests may pass their own. */
export interface WorkspaceStorage {
  readAll: () => Promise<unknown[]>
  read: (id: string) => Promise<unknown>
  write: (workspace: Workspace) => Promise<void>
  remove: (id: string) => Promise<void>
}

export const DB_NAME = 'wijknetwerk'
export const STORE_NAME = 'workspaces'

/**
 * IndexedDB through idb-keyval, one record per workspace keyed by its id. Opening is lazy and
 * any failure (no IndexedDB in a private mode, a blocked database) surfaces as a rejected
 * promise, never as a throw at start-up.
 */
export function indexedDbStorage(dbName: string = DB_NAME): WorkspaceStorage {
  let store: ReturnType<typeof createStore> | undefined
  const open = async () => {
    if (typeof indexedDB === 'undefined')
      throw new DOMException('IndexedDB is not available in this browser', 'InvalidStateError')
    store ??= createStore(dbName, STORE_NAME)
    return store
  }
  return {
    readAll: async () => values(await open()),
    read: async (id) => get(id, await open()),
    write: async (workspace) => set(workspace.id, workspace, await open()),
    remove: async (id) => del(id, await open()),
  }
}
