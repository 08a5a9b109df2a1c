import { copyCaseToDataset } from '../domain/edit/index.ts'
import type { Dataset } from '../domain/schema.ts'
import { useEditStore } from '../state/editStore.ts'
import { firstPhaseId } from '../state/resolveView.ts'
import { useViewStore } from '../state/viewStore.ts'
import { useWorkspaceStore } from '../state/workspaceStore.ts'

/**
 * Opens a workspace (or the bundled cases, for null) at its first case. The case is chosen
 * before the dataset changes, so the address never names a case the new dataset lacks.
 */
export function switchWorkspace(id: string | null): void {
  const workspaces = useWorkspaceStore.getState()
  const view = useViewStore.getState()
  const first =
    id === null ? undefined : workspaces.workspaces.find((w) => w.id === id)?.dataset.cases[0]
  if (first) view.openCase(first.id, firstPhaseId(first))
  else view.closeCase()
  useEditStore.getState().setEditing(false)
  workspaces.openWorkspace(id)
}

/** Copies one case of the bundled dataset into a new workspace, opened in edit mode. */
export function copyCaseToWorkspace(dataset: Dataset, caseId: string, name: string): string | null {
  const copy = copyCaseToDataset(dataset, caseId, name)
  if (!copy) return null
  const id = useWorkspaceStore.getState().addWorkspace(copy, name)
  useEditStore.getState().setEditing(true)
  return id
}
