import { lazy, Suspense } from 'react'
import type { CaseGraph } from '../../domain/caseGraph.ts'
import type { Dataset } from '../../domain/schema.ts'
import { selectExportOpen, useExportStore } from '../../state/exportStore.ts'

// The dialog and everything it draws with load on first use, not with the app.
const ExportDialog = lazy(() => import('./ExportDialog.tsx'))

export interface ExportHostProps {
  dataset: Dataset
  graph: CaseGraph
  phaseId: string
}

/** Mounts the export dialog while it is open. Place it inside the graph handle's provider. */
export function ExportHost(props: ExportHostProps) {
  const open = useExportStore(selectExportOpen)
  if (!open) return null
  return (
    <Suspense fallback={null}>
      <ExportDialog {...props} />
    </Suspense>
  )
}
