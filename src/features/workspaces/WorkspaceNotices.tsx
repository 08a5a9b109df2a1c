import { downloadWorkspace } from '../../hooks/workspaceExport.ts'
import { useT } from '../../i18n/index.ts'
import {
  selectDismissProblem,
  selectMissingWorkspace,
  selectSaveProblem,
  selectUnreadable,
  useStorageStatusStore,
} from '../../state/storageStatusStore.ts'
import {
  selectActiveWorkspace,
  selectWorkspaces,
  useWorkspaceStore,
} from '../../state/workspaceStore.ts'
import { TabConflictDialog } from './TabConflictDialog.tsx'

/**
 * What the user must know about keeping their work: a failed save (full quota, no storage)
 * with an export right there, a workspace in the address this browser lacks, stored records
 * that could not be read, and another tab on the same workspace.
 */
export function WorkspaceNotices() {
  const t = useT().editing.storage
  const problem = useStorageStatusStore(selectSaveProblem)
  const missing = useStorageStatusStore(selectMissingWorkspace)
  const unreadable = useStorageStatusStore(selectUnreadable)
  const dismiss = useStorageStatusStore(selectDismissProblem)
  const workspace = useWorkspaceStore(selectActiveWorkspace)
  const workspaces = useWorkspaceStore(selectWorkspaces)
  // The open workspace, or else the most recently changed one: what the user stands to lose.
  const atRisk = workspace ?? workspaces[workspaces.length - 1] ?? null

  const message =
    problem === null
      ? null
      : problem.kind === 'quota'
        ? t.quota
        : problem.kind === 'unavailable'
          ? t.unavailable
          : t.failed(problem.detail)

  return (
    <>
      {message !== null && (
        <div className="notice notice--storage" role="alert">
          <p className="notice__text">{message}</p>
          {atRisk && (
            <button
              type="button"
              className="button"
              onClick={() => downloadWorkspace(atRisk.dataset, 'json')}
            >
              {t.exportJson}
            </button>
          )}
          <button type="button" className="button button--quiet" onClick={dismiss}>
            {t.dismiss}
          </button>
        </div>
      )}
      {missing !== null && (
        <div className="notice" role="alert">
          <p className="notice__text">{t.missing(missing)}</p>
          <button type="button" className="button button--quiet" onClick={dismiss}>
            {t.dismiss}
          </button>
        </div>
      )}
      {unreadable.length > 0 && (
        <p className="notice" role="status">
          {t.unreadable(unreadable.length)}
        </p>
      )}
      <TabConflictDialog />
    </>
  )
}
