import { useEffect, useState } from 'react'

/**
 * False on the first render, true once the browser has drawn a frame after it. Parts of the
 * page that the first graph does not need (side panels, measures, search index) render then,
 * so the network is drawn first instead of waiting for everything around it.
 */
export function useAfterFirstFrame(): boolean {
  const [ready, setReady] = useState(false)
  useEffect(function waitForAFrame() {
    let timer: ReturnType<typeof setTimeout> | undefined
    // A task after the next frame: rendering inside the frame callback would delay the
    // drawing that frame is for.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setReady(true))
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [])
  return ready
}
