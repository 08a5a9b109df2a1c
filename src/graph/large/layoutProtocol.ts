/** Messages between the page and the layout worker. */

export interface LayoutRequest {
  /** Starting positions, x0, y0, x1, y1… */
  start: Float32Array
  /** Pairs of node indices. */
  edges: Uint32Array
  iterations: number
  /** Milliseconds of work between two position updates. */
  updateEveryMs: number
}

/** Positions after `done` of `total` iterations; the last one has `done === total`. */
export interface LayoutUpdate {
  positions: Float32Array
  done: number
  total: number
}
