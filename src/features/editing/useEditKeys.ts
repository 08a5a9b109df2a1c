import { useEffect } from 'react'
import { isEditableTarget } from '../../lib/isEditableTarget.ts'
import { redoEdit, undoEdit } from '../../state/editStore.ts'

/**
 * Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z (and Ctrl+Y) redoes, Delete or Backspace removes the
 * selection, while a workspace is open for editing. Keys typed into a field are left alone:
 * there they undo text, as users expect.
 */
export function useEditKeys(workspaceId: string | null, onDelete: () => void): void {
  useEffect(
    function listenForEditKeys() {
      if (workspaceId === null) return
      const onKey = (event: KeyboardEvent) => {
        if (isEditableTarget(event.target) || event.altKey) return
        const mod = event.ctrlKey || event.metaKey
        const key = event.key.toLowerCase()
        if (mod && key === 'z') {
          event.preventDefault()
          if (event.shiftKey) redoEdit(workspaceId)
          else undoEdit(workspaceId)
        } else if (mod && key === 'y') {
          event.preventDefault()
          redoEdit(workspaceId)
        } else if (!mod && (event.key === 'Delete' || event.key === 'Backspace')) {
          event.preventDefault()
          onDelete()
        }
      }
      document.addEventListener('keydown', onKey)
      return () => document.removeEventListener('keydown', onKey)
    },
    [workspaceId, onDelete],
  )
}
