import type { PixelSize } from './presets.ts'

/**
 * What a browser canvas can hold. Chrome and Firefox allow 32767 px a side and about 268 M px
 * in all, Safari much less, and none documents it; past the limit `toBlob` hands back null and
 * `toDataURL` "data:,". These defaults stay well inside every desktop browser.
 */
export interface CanvasLimits {
  /** Longest side of one canvas. */
  maxSide: number
  /** Pixels of one canvas. */
  maxArea: number
  /** Side of one tile when a figure is drawn in parts. */
  tileSide: number
  /** Largest figure drawn in tiles (each side, and in all); beyond it the figure is reduced. */
  tiledMaxSide: number
  tiledMaxArea: number
}

export const DEFAULT_LIMITS: CanvasLimits = {
  maxSide: 16384,
  maxArea: 8192 * 8192,
  tileSide: 4096,
  tiledMaxSide: 32767,
  tiledMaxArea: 2 * 8192 * 8192,
}

export interface Tile {
  x: number
  y: number
  width: number
  height: number
}

export type SizeDecision =
  | { kind: 'ok'; width: number; height: number }
  /** Drawn smaller by `factor` (< 1), keeping the aspect ratio. */
  | { kind: 'reduce'; width: number; height: number; factor: number; requested: PixelSize }
  /** Drawn in tiles (row by row) and written as one PNG of the full size. */
  | { kind: 'tile'; width: number; height: number; tiles: Tile[]; requested: PixelSize }

export function fitsOneCanvas(size: PixelSize, limits: CanvasLimits = DEFAULT_LIMITS): boolean {
  return (
    size.width <= limits.maxSide &&
    size.height <= limits.maxSide &&
    size.width * size.height <= limits.maxArea
  )
}

/** The largest size of the same aspect ratio that fits one canvas. */
export function reduceToFit(size: PixelSize, limits: CanvasLimits = DEFAULT_LIMITS): PixelSize {
  const factor = Math.min(
    1,
    limits.maxSide / size.width,
    limits.maxSide / size.height,
    Math.sqrt(limits.maxArea / (size.width * size.height)),
  )
  return {
    width: Math.max(1, Math.floor(size.width * factor)),
    height: Math.max(1, Math.floor(size.height * factor)),
  }
}

/** Splits a size into tiles of at most `side` × `side`, row by row. */
export function tileGrid(size: PixelSize, side: number): Tile[] {
  const tiles: Tile[] = []
  for (let y = 0; y < size.height; y += side)
    for (let x = 0; x < size.width; x += side)
      tiles.push({
        x,
        y,
        width: Math.min(side, size.width - x),
        height: Math.min(side, size.height - y),
      })
  return tiles
}

/**
 * Decides how a figure of the requested size is drawn before any canvas is made: as is, in
 * tiles when one canvas cannot hold it but the whole is still reasonable, or reduced.
 */
export function checkCanvasSize(
  requested: PixelSize,
  limits: CanvasLimits = DEFAULT_LIMITS,
): SizeDecision {
  const width = Math.max(1, Math.round(requested.width))
  const height = Math.max(1, Math.round(requested.height))
  const size = { width, height }
  if (fitsOneCanvas(size, limits)) return { kind: 'ok', width, height }
  if (
    width <= limits.tiledMaxSide &&
    height <= limits.tiledMaxSide &&
    width * height <= limits.tiledMaxArea
  )
    return { kind: 'tile', width, height, tiles: tileGrid(size, limits.tileSide), requested: size }
  const reduced = reduceToFit(size, limits)
  return {
    kind: 'reduce',
    ...reduced,
    factor: reduced.width / width,
    requested: size,
  }
}
