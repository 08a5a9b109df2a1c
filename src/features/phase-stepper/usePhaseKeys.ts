import { useEffect, useRef } from 'react'
import { isEditableTarget } from '../../lib/isEditableTarget.ts'

/**
 * ← and → step through the phases from anywhere on the page, except while typing in a field,
 * with a modifier held, or when a widget (such as a tab list) already handled the key.
 */
export function usePhaseKeys(onPrevious: () => void, onNext: () => void): void {
  const handlers = useRef({ onPrevious, onNext })
  useEffect(function keepLatestHandlers() {
    handlers.current = { onPrevious, onNext }
  })
  useEffect(function listenForArrowKeys() {
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        event.defaultPrevented ||
        event.altKey ||
        event.ctrlKey ||
        event.metaKey ||
        event.shiftKey
      )
        return
      if (isEditableTarget(event.target)) return
      if (event.key === 'ArrowLeft') {
        event.preventDefault()
        handlers.current.onPrevious()
      } else if (event.key === 'ArrowRight') {
        event.preventDefault()
        handlers.current.onNext()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
