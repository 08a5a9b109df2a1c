import { useEditStore } from '../../../src/state/editStore.ts'
import { useStorageStatusStore } from '../../../src/state/storageStatusStore.ts'
import { useTabStore } from '../../../src/state/tabCoordination.ts'
import { useWorkspaceStore } from '../../../src/state/workspaceStore.ts'

/** The editing stores are module singletons: each test starts from their initial state. */
export function resetEditingStores(): void {
  useWorkspaceStore.setState(useWorkspaceStore.getInitialState(), true)
  useEditStore.setState(useEditStore.getInitialState(), true)
  useTabStore.setState(useTabStore.getInitialState(), true)
  useStorageStatusStore.setState(useStorageStatusStore.getInitialState(), true)
}

export const activeWorkspace = () => {
  const s = useWorkspaceStore.getState()
  return s.workspaces.find((w) => w.id === s.activeId)
}
