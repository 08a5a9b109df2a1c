import { useEffect, useState } from 'react'

function carriesFiles(event: DragEvent): boolean {
  return [...(event.dataTransfer?.types ?? [])].includes('Files')
}

/**
 * Files dragged onto the window: `dragging` while they hover (for the overlay), and the
 * dropped files handed to `onDrop`. Dragging text or links inside the page is left alone.
 */
export function useFileDrop(onDrop: (files: File[]) => void): boolean {
  const [dragging, setDragging] = useState(false)
  useEffect(
    function listenForFileDrops() {
      // dragenter/dragleave fire for every child element; count them to know when the pointer left.
      let depth = 0
      const enter = (event: DragEvent) => {
        if (!carriesFiles(event)) return
        event.preventDefault()
        depth++
        setDragging(true)
      }
      const over = (event: DragEvent) => {
        if (carriesFiles(event)) event.preventDefault()
      }
      const leave = (event: DragEvent) => {
        if (!carriesFiles(event)) return
        depth = Math.max(0, depth - 1)
        if (depth === 0) setDragging(false)
      }
      const drop = (event: DragEvent) => {
        if (!carriesFiles(event)) return
        event.preventDefault()
        depth = 0
        setDragging(false)
        const files = [...(event.dataTransfer?.files ?? [])]
        if (files.length > 0) onDrop(files)
      }
      window.addEventListener('dragenter', enter)
      window.addEventListener('dragover', over)
      window.addEventListener('dragleave', leave)
      window.addEventListener('drop', drop)
      return () => {
        window.removeEventListener('dragenter', enter)
        window.removeEventListener('dragover', over)
        window.removeEventListener('dragleave', leave)
        window.removeEventListener('drop', drop)
      }
    },
    [onDrop],
  )
  return dragging
}
