import { useCallback } from 'react'
import type { Dataset } from '../../domain/schema.ts'
import { copyCaseToWorkspace } from '../../hooks/workspaceActions.ts'
import { localized, useLang, useT } from '../../i18n/index.ts'
import {
  editWorkspace,
  redoEdit,
  selectEditing,
  selectHistories,
  selectRefusal,
  selectSelectedRelationId,
  selectSetEditing,
  selectSurface,
  selectSetSurface,
  selectSetTool,
  selectTool,
  undoEdit,
  useEditStore,
} from '../../state/editStore.ts'
import { takeOver, useTabStore } from '../../state/tabCoordination.ts'
import { selectActorId, selectSelectActor, useViewStore } from '../../state/viewStore.ts'
import { selectActiveWorkspace, useWorkspaceStore } from '../../state/workspaceStore.ts'
import { useEditKeys } from './useEditKeys.ts'

interface CaseEditBarProps {
  /** The dataset on screen; for the bundled cases, the copy is made from it. */
  dataset: Dataset
  caseId: string
}

/**
 * Above the network: for a bundled case a note and "Maak een kopie"; for a workspace case the
 * edit switch, graph/table choice, drag tool, delete, undo and redo, and why an edit was refused.
 */
export function CaseEditBar({ dataset, caseId }: CaseEditBarProps) {
  const t = useT().editing
  const lang = useLang()
  const workspace = useWorkspaceStore(selectActiveWorkspace)
  const readOnly = useTabStore((s) => (workspace ? s.readOnly[workspace.id] === true : false))
  const editing = useEditStore(selectEditing) && workspace !== null && !readOnly
  const setEditing = useEditStore(selectSetEditing)
  const surface = useEditStore(selectSurface)
  const setSurface = useEditStore(selectSetSurface)
  const tool = useEditStore(selectTool)
  const setTool = useEditStore(selectSetTool)
  const refusal = useEditStore(selectRefusal)
  const histories = useEditStore(selectHistories)
  const relationId = useEditStore(selectSelectedRelationId)
  const actorId = useViewStore(selectActorId)
  const selectActor = useViewStore(selectSelectActor)
  const workspaceId = workspace?.id ?? null
  const history = workspaceId === null ? undefined : histories[workspaceId]

  const deleteSelection = useCallback(() => {
    if (workspaceId === null) return
    if (relationId !== null) {
      if (editWorkspace(workspaceId, { kind: 'delete-relation', caseId, relationId }) === null)
        useEditStore.getState().selectRelation(null)
    } else if (actorId !== null) {
      if (editWorkspace(workspaceId, { kind: 'delete-actor', caseId, actorId }) === null)
        selectActor(null)
    }
  }, [workspaceId, relationId, actorId, caseId, selectActor])
  useEditKeys(editing ? workspaceId : null, deleteSelection)

  if (workspace === null) {
    const kase = dataset.cases.find((c) => c.id === caseId)
    const title = kase ? localized(lang, kase.title, kase.titleEn) : caseId
    return (
      <div className="edit-bar edit-bar--read-only">
        <p className="edit-bar__note">{t.readOnly.note}</p>
        <button
          type="button"
          className="button"
          onClick={() => copyCaseToWorkspace(dataset, caseId, t.readOnly.copyName(title))}
        >
          {t.readOnly.makeCopy}
        </button>
      </div>
    )
  }
  if (readOnly)
    return (
      <div className="edit-bar edit-bar--read-only">
        <p className="edit-bar__note">{t.readOnly.otherTab}</p>
        <button type="button" className="button" onClick={() => void takeOver(workspace.id)}>
          {t.tabs.takeOver}
        </button>
      </div>
    )

  return (
    <div className="edit-bar" role="toolbar" aria-label={t.toolbar.label}>
      <button
        type="button"
        className="button"
        aria-pressed={editing}
        onClick={() => setEditing(!editing)}
      >
        {t.toolbar.edit}
      </button>
      {editing && (
        <>
          <fieldset className="edit-bar__group">
            <legend className="visually-hidden">{t.toolbar.surface}</legend>
            {(['graph', 'table'] as const).map((s) => (
              <button
                key={s}
                type="button"
                className="button button--quiet"
                aria-pressed={surface === s}
                onClick={() => setSurface(s)}
              >
                {t.toolbar[s]}
              </button>
            ))}
          </fieldset>
          {surface === 'graph' && (
            <fieldset className="edit-bar__group">
              <legend className="visually-hidden">{t.graph.tool}</legend>
              {(['connect', 'move'] as const).map((k) => (
                <button
                  key={k}
                  type="button"
                  className="button button--quiet"
                  aria-pressed={tool === k}
                  onClick={() => setTool(k)}
                >
                  {t.graph[k]}
                </button>
              ))}
            </fieldset>
          )}
          <button
            type="button"
            className="button button--quiet"
            disabled={actorId === null && relationId === null}
            onClick={deleteSelection}
          >
            {t.graph.deleteSelected}
          </button>
          <button
            type="button"
            className="button button--quiet"
            aria-keyshortcuts="Control+Z Meta+Z"
            title={t.toolbar.undoHint}
            disabled={!history || history.past.length === 0}
            onClick={() => undoEdit(workspace.id)}
          >
            {t.toolbar.undo}
          </button>
          <button
            type="button"
            className="button button--quiet"
            aria-keyshortcuts="Shift+Control+Z Shift+Meta+Z"
            title={t.toolbar.redoHint}
            disabled={!history || history.future.length === 0}
            onClick={() => redoEdit(workspace.id)}
          >
            {t.toolbar.redo}
          </button>
        </>
      )}
      <p className="edit-bar__status" role="status">
        {refusal ? t.refusal[refusal] : editing && surface === 'graph' ? t.graph.help : ''}
      </p>
    </div>
  )
}
