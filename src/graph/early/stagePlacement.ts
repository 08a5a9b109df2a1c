/**
 * Where the network drawn before the app (earlyGraph.ts) is placed: where the explorer's
 * canvas was the last time the window had this size, or else an estimate from the layout's
 * breakpoints (src/styles/layout.css). The canvas adopting it moves it into place from there.
 */
export interface Placement {
  left: number
  top: number
  width: number
  height: number
}

export interface Viewport {
  width: number
  height: number
}

const KEY = 'wijknetwerk:graph-stage'

/** Below this width the explorer is one column; the early drawing waits for the app. */
export const EARLY_GRAPH_MIN_WIDTH = 760

/**
 * The canvas' place by the layout's columns (case list, side panel, the frame's legend column)
 * and the rows above and below it at the usual header and stepper heights.
 */
export function estimatePlacement(viewport: Viewport): Placement {
  // Measured in Chromium with the bundled cases at 800–1920 px wide: the header wraps onto
  // more lines as the window narrows; below the canvas come the stepper and the footer.
  const { width, height } = viewport
  const left = width >= 1440 ? 273 : 13
  const right = width >= 1440 ? 605 : width >= 1200 ? 535 : 467
  const top = width >= 1440 ? 158 : width >= 1200 ? 195 : width >= 1000 ? 228 : 284
  const bottom = width >= 1440 ? 232 : 252
  return {
    left,
    top,
    width: Math.max(120, width - left - right),
    height: Math.max(278, height - top - bottom),
  }
}

function isPlacement(value: unknown): value is Placement & { viewport: Viewport } {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  const viewport = v.viewport as Record<string, unknown> | undefined
  return (
    ['left', 'top', 'width', 'height'].every((k) => Number.isFinite(v[k])) &&
    typeof viewport === 'object' &&
    viewport !== null &&
    Number.isFinite(viewport.width) &&
    Number.isFinite(viewport.height)
  )
}

/** The place for the early drawing in this window, or null where it should not be drawn. */
export function earlyPlacement(viewport: Viewport, storage: Storage | null): Placement | null {
  if (viewport.width < EARLY_GRAPH_MIN_WIDTH) return null
  let stored: unknown = null
  try {
    stored = JSON.parse(storage?.getItem(KEY) ?? 'null')
  } catch {
    stored = null
  }
  if (
    isPlacement(stored) &&
    stored.viewport.width === viewport.width &&
    stored.viewport.height === viewport.height &&
    stored.width > 0 &&
    stored.height > 0
  )
    return { left: stored.left, top: stored.top, width: stored.width, height: stored.height }
  return estimatePlacement(viewport)
}

/** Keeps the explorer canvas' place for the next load's early drawing (quota errors ignored). */
export function rememberPlacement(
  placement: Placement,
  viewport: Viewport,
  storage: Storage | null,
): void {
  if (placement.width <= 0 || placement.height <= 0) return
  try {
    storage?.setItem(KEY, JSON.stringify({ ...placement, viewport }))
  } catch {
    // Storage full or refused: the next load estimates the place instead.
  }
}

/** localStorage where it exists and may be read (some browsers throw for blocked storage). */
export function pageStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}
