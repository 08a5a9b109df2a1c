import { useEffect, useRef } from 'react'
import { isEditableTarget } from '../../lib/isEditableTarget.ts'
import { type CommandContext, commandForKey } from './commands.ts'

/**
 * The one keyboard listener of the explorer. Keys never fire while typing in a field, with
 * Ctrl, Alt or Cmd held, or when a widget (a tab list, a dialog) already handled the key.
 */
export function useCommandKeys(context: CommandContext): void {
  const latest = useRef(context)
  useEffect(function keepLatestContext() {
    latest.current = context
  })
  useEffect(function listenForCommandKeys() {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return
      if (event.isComposing || isEditableTarget(event.target)) return
      const command = commandForKey(event.key, event.shiftKey)
      if (command && command.run(latest.current, event.key)) event.preventDefault()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
