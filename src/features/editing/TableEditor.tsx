import type { CaseGraph } from '../../domain/caseGraph.ts'
import { useT } from '../../i18n/index.ts'
import { useEditStore } from '../../state/editStore.ts'
import { useTabStore } from '../../state/tabCoordination.ts'
import {
  selectActiveWorkspace,
  type Workspace,
  useWorkspaceStore,
} from '../../state/workspaceStore.ts'
import { ActorsTable } from './ActorsTable.tsx'
import { PhasesEditor } from './PhasesEditor.tsx'
import { RelationsTable } from './RelationsTable.tsx'

interface TableEditorProps {
  workspace: Workspace
  graph: CaseGraph
  phaseId: string
}

/** The case as editable tables: phases, actors (with influence towers) and relations. */
export function TableEditor({ workspace, graph, phaseId }: TableEditorProps) {
  const t = useT().editing.toolbar
  return (
    <div className="table-editor" aria-label={t.table} role="region">
      <PhasesEditor workspace={workspace} graph={graph} />
      <ActorsTable workspace={workspace} graph={graph} phaseId={phaseId} />
      <RelationsTable workspace={workspace} graph={graph} phaseId={phaseId} />
    </div>
  )
}

/** The workspace whose case is shown as tables right now, or null (the graph is shown). */
export function useTableEditorWorkspace(): Workspace | null {
  const workspace = useWorkspaceStore(selectActiveWorkspace)
  const shown = useEditStore((s) => s.editing && s.surface === 'table')
  const readOnly = useTabStore((s) => (workspace ? s.readOnly[workspace.id] === true : true))
  return shown && !readOnly ? workspace : null
}
