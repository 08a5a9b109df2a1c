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
  const named = typeof window === 'undefined' ? null : readWorkspaceParam(window.location.search)
  // Between reading storage and opening the named workspace there is a moment with no active
  // workspace; showing the bundled cases then would drop the address's case as unknown.
  const namedIsStored = useWorkspaceStore(
    (s) => named !== null && s.workspaces.some((w) => w.id === named),
  )
  const waiting = named !== null && (phase === 'idle' || phase === 'loading' || namedIsStored)
  if (workspace)
    return { dataset: workspace.dataset, workspace, editable: !readOnly, pending: false }
  return {
    dataset: waiting ? undefined : bundled,
    workspace: null,
    editable: false,
    pending: waiting,
  }
}
