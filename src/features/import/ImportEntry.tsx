import { lazy, Suspense, useCallback, useState } from 'react'
import type { Dataset } from '../../domain/schema.ts'
import { switchWorkspace } from '../../hooks/workspaceActions.ts'
import { useT } from '../../i18n/index.ts'
import { useWorkspaceStore } from '../../state/workspaceStore.ts'
import { useFileDrop } from './useFileDrop.ts'
import './drop.css'

const ImportDialog = lazy(() =>
  import('./ImportDialog.tsx').then((m) => ({ default: m.ImportDialog })),
)

/** Stores an imported dataset as a new workspace and opens its first case. */
function importAsWorkspace(dataset: Dataset, name: string): void {
  const id = useWorkspaceStore.getState().addWorkspace(dataset, name)
  switchWorkspace(id)
}

/**
 * The header's import button, and files dropped anywhere on the window (with an overlay while
 * dragging). The dialog and the importers load only when first needed.
 */
export function ImportEntry() {
  const t = useT().importer
  const [open, setOpen] = useState<{ files: File[] | undefined } | null>(null)
  const onDrop = useCallback((files: File[]) => setOpen({ files }), [])
  const dragging = useFileDrop(onDrop)
  const close = useCallback(() => setOpen(null), [])
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen({ files: undefined })}>
        {t.button}
      </button>
      {dragging && (
        <div className="import-drop-overlay" aria-hidden="true">
          <p>{t.dropHere}</p>
        </div>
      )}
      {open && (
        <Suspense fallback={null}>
          <ImportDialog
            initialFiles={open.files}
            onClose={close}
            onImport={(dataset, name) => {
              importAsWorkspace(dataset, name)
              close()
            }}
          />
        </Suspense>
      )}
    </>
  )
}
