/** The timer and frame functions `whenCameraRests` uses (the browser's, or a test's). */
export interface Clock {
  setTimeout(run: () => void, ms: number): number
  clearTimeout(id: number): void
  requestAnimationFrame(run: () => void): number
  cancelAnimationFrame(id: number): void
}

const browserClock: Clock = {
  setTimeout: (run, ms) => window.setTimeout(run, ms),
  clearTimeout: (id) => window.clearTimeout(id),
  requestAnimationFrame: (run) => requestAnimationFrame(run),
  cancelAnimationFrame: (id) => cancelAnimationFrame(id),
}

export interface CameraRest {
  /** Call on every camera change: the wait starts again. */
  moved(): void
  cancel(): void
}

/**
 * Calls `onRest` once the camera has not changed for `delayMs` and for two frames after that.
 * A timer alone is not enough: where frames take longer than the wait (a slow machine), a
 * gesture still in progress changes the camera only once per frame, and the timer would fire
 * between two of its frames.
 */
export function whenCameraRests(
  onRest: () => void,
  delayMs: number,
  clock: Clock = browserClock,
): CameraRest {
  let timer = 0
  let frame = 0
  const cancel = () => {
    clock.clearTimeout(timer)
    clock.cancelAnimationFrame(frame)
  }
  return {
    moved() {
      cancel()
      timer = clock.setTimeout(() => {
        frame = clock.requestAnimationFrame(() => {
          frame = clock.requestAnimationFrame(onRest)
        })
      }, delayMs)
    },
    cancel,
  }
}
