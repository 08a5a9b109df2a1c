import { useEffect } from 'react'
import { isEditableTarget } from '../../lib/isEditableTarget.ts'
import { useExportStore } from '../../state/exportStore.ts'
import { useViewStore } from '../../state/viewStore.ts'

/** `E` opens the export dialog in every mode, unless the user is typing. */
export function useExportShortcut(): void {
  useEffect(function listenForExportKey() {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'e' && event.key !== 'E') return
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return
      if (isEditableTarget(event.target)) return
      // Only the explorer draws a network (in every mode: plain, diff, spotlight, presentation).
      const view = useViewStore.getState()
      if (view.screen !== 'explore' || view.caseId === null) return
      event.preventDefault()
      useExportStore.getState().openExport()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
