import type { Dataset } from '../domain/schema.ts'
import { selectStoragePhase, useStorageStatusStore } from '../state/storageStatusStore.ts'
import { useTabStore } from '../state/tabCoordination.ts'
import {
  type Workspace,
  selectActiveWorkspace,
  useWorkspaceStore,
} from '../state/workspaceStore.ts'
import { readWorkspaceParam } from '../state/workspaceUrl.ts'

export interface ActiveDataset {
  /** The dataset on screen: the active workspace's, or the bundled one. */
  dataset: Dataset | undefined
  workspace: Workspace | null
  /** True for a workspace this tab may change; the bundled cases are read-only. */
  editable: boolean
  /** True while stored workspaces are read and the address names one. */
  pending: boolean
}

/** Which dataset the app shows: the bundled cases, or the user's active workspace. */
export function useActiveDataset(bundled: Dataset | undefined): ActiveDataset {
  const workspace = useWorkspaceStore(selectActiveWorkspace)
  const phase = useStorageStatusStore(selectStoragePhase)
  const readOnly = useTabStore((s) => (workspace ? s.readOnly[workspace.id] === true : false))
  const waiting =
    (phase === 'idle' || phase === 'loading') &&
    typeof window !== 'undefined' &&
    readWorkspaceParam(window.location.search) !== null
  if (workspace)
    return { dataset: workspace.dataset, workspace, editable: !readOnly, pending: false }
  return {
    dataset: waiting ? undefined : bundled,
    workspace: null,
    editable: false,
    pending: waiting,
  }
}
