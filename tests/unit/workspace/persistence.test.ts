import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { useStorageStatusStore } from '../../../src/state/storageStatusStore.ts'
import { startPersistence } from '../../../src/state/workspacePersistence.ts'
import { indexedDbStorage, type WorkspaceStorage } from '../../../src/state/workspaceStorage.ts'
import { useWorkspaceStore } from '../../../src/state/workspaceStore.ts'
import { makeDataset } from '../domain/builders.ts'

let stops: (() => void)[] = []
let dbName = ''
let dbCount = 0
function start(storage: WorkspaceStorage) {
  const persistence = startPersistence(storage, 5)
  stops.push(persistence.stop)
  return persistence
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 30))

beforeEach(() => {
  useWorkspaceStore.setState(useWorkspaceStore.getInitialState(), true)
  useStorageStatusStore.setState(useStorageStatusStore.getInitialState(), true)
  dbName = `wijknetwerk-test-${++dbCount}`
})
afterEach(() => {
  stops.forEach((stop) => stop())
  stops = []
})

describe('workspace persistence in IndexedDB', () => {
  it('saves a new workspace and its edits, and reads them back in a new session', async () => {
    const storage = indexedDbStorage(dbName)
    const first = start(storage)
    await first.ready
    const id = useWorkspaceStore.getState().addWorkspace(makeDataset(), 'Buurt A')
    useWorkspaceStore.getState().renameWorkspace(id, 'Buurt B')
    await settle()
    await first.flush()
    first.stop()

    useWorkspaceStore.setState(useWorkspaceStore.getInitialState(), true)
    const second = start(indexedDbStorage(dbName))
    await second.ready
    const [workspace] = useWorkspaceStore.getState().workspaces
    expect(workspace).toMatchObject({ id, name: 'Buurt B', dataset: makeDataset() })
  })

  it('removes a deleted workspace from storage', async () => {
    const storage = indexedDbStorage(dbName)
    const p = start(storage)
    await p.ready
    const id = useWorkspaceStore.getState().addWorkspace(makeDataset(), 'Weg')
    await p.flush()
    expect(await storage.read(id)).toBeDefined()
    useWorkspaceStore.getState().deleteWorkspace(id)
    await p.flush()
    expect(await storage.read(id)).toBeUndefined()
  })

  it('migrates an old stored workspace and writes it back in the current version', async () => {
    const storage = indexedDbStorage(dbName)
    // Written as version 1 would have: no schemaVersion, `data`, `savedAt`.
    await storage.write({
      id: 'ws-oud',
      name: 'Oud',
      savedAt: '2024-01-01',
      data: makeDataset(),
    } as never)
    const p = start(storage)
    await p.ready
    expect(useWorkspaceStore.getState().workspaces.map((w) => w.name)).toEqual(['Oud'])
    expect(useStorageStatusStore.getState().migrated).toEqual(['ws-oud'])
    await p.flush()
    expect(await storage.read('ws-oud')).toMatchObject({ schemaVersion: 2, dataset: makeDataset() })
  })

  it('reports a full quota and keeps the workspace in memory', async () => {
    const quota: WorkspaceStorage = {
      readAll: async () => [],
      read: async () => undefined,
      write: async () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      },
      remove: async () => {},
    }
    const p = start(quota)
    await p.ready
    useWorkspaceStore.getState().addWorkspace(makeDataset(), 'Vol')
    await p.flush()
    expect(useStorageStatusStore.getState().problem?.kind).toBe('quota')
    expect(useWorkspaceStore.getState().workspaces).toHaveLength(1)
  })

  it('reports storage that cannot be opened (private mode) as unavailable', async () => {
    const refused: WorkspaceStorage = {
      readAll: async () => {
        throw new DOMException('The user denied permission.', 'SecurityError')
      },
      read: async () => undefined,
      write: async () => {
        throw new DOMException('The user denied permission.', 'SecurityError')
      },
      remove: async () => {},
    }
    const p = start(refused)
    await p.ready
    expect(useStorageStatusStore.getState()).toMatchObject({ phase: 'unavailable', problem: null })
    useWorkspaceStore.getState().addWorkspace(makeDataset(), 'Privé')
    await p.flush()
    expect(useStorageStatusStore.getState().problem?.kind).toBe('unavailable')
  })
})
