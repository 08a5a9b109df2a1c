import { useEffect, useId, useRef } from 'react'
import { useT } from '../../i18n/index.ts'
import {
  selectTabConflict,
  stayReadOnly,
  takeOver,
  useTabStore,
} from '../../state/tabCoordination.ts'

/** Told when the open workspace is edited in another tab: stay read-only, or take over. */
export function TabConflictDialog() {
  const t = useT().editing.tabs
  const conflict = useTabStore(selectTabConflict)
  const titleId = useId()
  const bodyId = useId()
  const first = useRef<HTMLButtonElement>(null)
  useEffect(
    function focusTheChoice() {
      if (conflict) first.current?.focus()
    },
    [conflict],
  )
  if (!conflict) return null
  const taken = conflict.kind === 'taken-over'
  return (
    <div
      className="notice notice--tabs"
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
    >
      <p id={titleId} className="notice__text">
        <strong>{taken ? t.takenTitle : t.title}</strong>
      </p>
      <p id={bodyId} className="notice__text">
        {taken ? t.takenBody : t.body}
      </p>
      {taken ? (
        <button ref={first} type="button" className="button" onClick={stayReadOnly}>
          {t.ok}
        </button>
      ) : (
        <>
          <button ref={first} type="button" className="button" onClick={stayReadOnly}>
            {t.readOnly}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => void takeOver(conflict.workspaceId)}
          >
            {t.takeOver}
          </button>
        </>
      )}
    </div>
  )
}
