/**
 * The Fullscreen API, where the browser allows it. Must be called from a key press or click:
 * browsers refuse it otherwise. When refused, presentation mode still fills the window.
 */
export function enterFullscreen(): void {
  const root = document.documentElement
  if (document.fullscreenElement || typeof root.requestFullscreen !== 'function') return
  root.requestFullscreen().catch(() => {
    // Not allowed here (an iframe, a kiosk, a test browser): the full window will do.
  })
}

export function exitFullscreen(): void {
  if (!document.fullscreenElement || typeof document.exitFullscreen !== 'function') return
  document.exitFullscreen().catch(() => {})
}

export function toggleFullscreen(): void {
  if (document.fullscreenElement) exitFullscreen()
  else enterFullscreen()
}
