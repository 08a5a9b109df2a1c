import { useId, useState } from 'react'
import { switchWorkspace } from '../../hooks/workspaceActions.ts'
import { useT } from '../../i18n/index.ts'
import {
  selectActiveWorkspaceId,
  selectRestoreWorkspace,
  selectTrash,
  selectWorkspaces,
  useWorkspaceStore,
} from '../../state/workspaceStore.ts'
import { WorkspaceRow } from './WorkspaceRow.tsx'

/**
 * "Mijn netwerken": the user's workspaces and the bundled example cases, in a disclosure in
 * the header. Open, rename, export and delete (with confirmation and a restore afterwards).
 */
export function WorkspaceMenu() {
  const t = useT().editing.menu
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const headingId = useId()
  const workspaces = useWorkspaceStore(selectWorkspaces)
  const activeId = useWorkspaceStore(selectActiveWorkspaceId)
  const trash = useWorkspaceStore(selectTrash)
  const restore = useWorkspaceStore(selectRestoreWorkspace)
  const lastDeleted = trash[trash.length - 1]

  const choose = (id: string | null) => {
    switchWorkspace(id)
    setOpen(false)
  }

  return (
    <div className="workspace-menu">
      <button
        type="button"
        className="button workspace-menu__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((v) => !v)}
      >
        {t.button}
        {workspaces.length > 0 ? ` (${workspaces.length})` : ''}
      </button>
      <section
        id={panelId}
        className="workspace-menu__panel"
        aria-labelledby={headingId}
        hidden={!open}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setOpen(false)
        }}
      >
        <h2 id={headingId} className="workspace-menu__heading">
          {t.heading}
        </h2>
        <ul className="workspace-menu__list">
          <li>
            <button
              type="button"
              className="workspace-menu__open"
              aria-current={activeId === null ? 'true' : undefined}
              onClick={() => choose(null)}
            >
              {t.bundled}
            </button>
          </li>
          {workspaces.map((ws) => (
            <WorkspaceRow
              key={ws.id}
              workspace={ws}
              current={ws.id === activeId}
              onOpen={() => choose(ws.id)}
            />
          ))}
        </ul>
        {workspaces.length === 0 && <p className="muted">{t.none}</p>}
        {lastDeleted && (
          <p className="workspace-menu__deleted" role="status">
            {t.deleted(lastDeleted.workspace.name)}{' '}
            <button
              type="button"
              className="button button--quiet"
              onClick={() => restore(lastDeleted.workspace.id)}
            >
              {t.restore}
            </button>
          </p>
        )}
      </section>
    </div>
  )
}
