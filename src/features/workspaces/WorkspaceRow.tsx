import { useId, useState } from 'react'
import { switchWorkspace } from '../../hooks/workspaceActions.ts'
import {
  downloadWorkspace,
  EXPORT_FORMATS,
  type ExportFormat,
} from '../../hooks/workspaceExport.ts'
import { useLang, useT } from '../../i18n/index.ts'
import {
  selectDeleteWorkspace,
  selectRenameWorkspace,
  type Workspace,
  useWorkspaceStore,
} from '../../state/workspaceStore.ts'

interface RowProps {
  workspace: Workspace
  current: boolean
  onOpen: () => void
}

/** One workspace in the menu: open it, rename it inline, export it, delete it after a question. */
export function WorkspaceRow({ workspace, current, onOpen }: RowProps) {
  const t = useT().editing
  const lang = useLang()
  const rename = useWorkspaceStore(selectRenameWorkspace)
  const remove = useWorkspaceStore(selectDeleteWorkspace)
  const [mode, setMode] = useState<'idle' | 'rename' | 'confirm'>('idle')
  const [name, setName] = useState(workspace.name)
  const [format, setFormat] = useState<ExportFormat>('json')
  const id = useId()
  const when = new Date(workspace.updatedAt).toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'short',
    timeStyle: 'short',
  })

  return (
    <li className="workspace-row">
      {mode === 'rename' ? (
        <form
          className="workspace-row__rename"
          onSubmit={(event) => {
            event.preventDefault()
            rename(workspace.id, name)
            setMode('idle')
          }}
        >
          <label htmlFor={`${id}-name`}>{t.menu.renameLabel}</label>
          <input
            id={`${id}-name`}
            value={name}
            required
            autoFocus
            onChange={(event) => setName(event.target.value)}
          />
          <button type="submit" className="button">
            {t.menu.save}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setMode('idle')}>
            {t.menu.cancel}
          </button>
        </form>
      ) : (
        <button
          type="button"
          className="workspace-menu__open"
          aria-current={current ? 'true' : undefined}
          aria-describedby={`${id}-meta`}
          onClick={onOpen}
        >
          {workspace.name}
        </button>
      )}
      <span id={`${id}-meta`} className="workspace-row__meta muted">
        {t.menu.updated(when)}
      </span>
      <div className="workspace-row__actions">
        <button
          type="button"
          className="button button--quiet"
          aria-label={t.menu.rename(workspace.name)}
          onClick={() => {
            setName(workspace.name)
            setMode('rename')
          }}
        >
          {t.menu.renameShort}
        </button>
        <label className="visually-hidden" htmlFor={`${id}-format`}>
          {t.menu.exportFormat}
        </label>
        <select
          id={`${id}-format`}
          value={format}
          onChange={(event) => setFormat(event.target.value as ExportFormat)}
        >
          {EXPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {t.formats[f]}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--quiet"
          aria-label={t.menu.exportAs(workspace.name)}
          onClick={() => downloadWorkspace(workspace.dataset, format)}
        >
          {t.menu.exportButton}
        </button>
        <button
          type="button"
          className="button button--quiet"
          aria-label={t.menu.remove(workspace.name)}
          onClick={() => setMode('confirm')}
        >
          {t.menu.removeShort}
        </button>
      </div>
      {mode === 'confirm' && (
        <div
          className="workspace-row__confirm"
          role="alertdialog"
          aria-labelledby={`${id}-confirm`}
          aria-describedby={`${id}-confirm-body`}
        >
          <p id={`${id}-confirm`}>
            <strong>{t.menu.confirmTitle(workspace.name)}</strong>
          </p>
          <p id={`${id}-confirm-body`}>{t.menu.confirmBody}</p>
          <button
            type="button"
            className="button"
            onClick={() => downloadWorkspace(workspace.dataset, 'json')}
          >
            {t.menu.confirmExport}
          </button>
          <button
            type="button"
            className="button"
            autoFocus
            onClick={() => {
              setMode('idle')
              if (current) switchWorkspace(null)
              remove(workspace.id)
            }}
          >
            {t.menu.confirmDelete}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setMode('idle')}>
            {t.menu.cancel}
          </button>
        </div>
      )}
    </li>
  )
}
