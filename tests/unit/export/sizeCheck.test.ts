import { describe, expect, it } from 'vitest'
import { requestedSize } from '../../../src/domain/export/presets.ts'
import {
  type CanvasLimits,
  checkCanvasSize,
  DEFAULT_LIMITS,
  tileGrid,
} from '../../../src/domain/export/sizeCheck.ts'

describe('checkCanvasSize', () => {
  it('draws sizes within the limits as asked', () => {
    expect(checkCanvasSize({ width: 1920, height: 1080 })).toEqual({
      kind: 'ok',
      width: 1920,
      height: 1080,
    })
    expect(checkCanvasSize({ width: 4961, height: 3508 }).kind).toBe('ok')
  })

  it('reduces a request far past the limits, keeping the aspect ratio, inside both limits', () => {
    const decision = checkCanvasSize({ width: 40000, height: 40000 })
    expect(decision.kind).toBe('reduce')
    if (decision.kind !== 'reduce') return
    expect(decision.width).toBe(decision.height)
    expect(decision.width).toBeLessThanOrEqual(DEFAULT_LIMITS.maxSide)
    expect(decision.width * decision.height).toBeLessThanOrEqual(DEFAULT_LIMITS.maxArea)
    expect(decision.factor).toBeCloseTo(decision.width / 40000, 6)
    expect(decision.requested).toEqual({ width: 40000, height: 40000 })
  })

  it('reduces a request whose side alone is too long, even with few pixels', () => {
    const decision = checkCanvasSize({ width: 100000, height: 100 })
    expect(decision.kind).toBe('reduce')
    if (decision.kind !== 'reduce') return
    expect(decision.width).toBeLessThanOrEqual(DEFAULT_LIMITS.maxSide)
    expect(decision.width).toBe(DEFAULT_LIMITS.maxSide)
    expect(decision.height).toBe(Math.floor((100 * DEFAULT_LIMITS.maxSide) / 100000))
  })

  it('tiles a request one canvas cannot hold but tiles can', () => {
    const decision = checkCanvasSize({ width: 20000, height: 1200 })
    expect(decision.kind).toBe('tile')
    if (decision.kind !== 'tile') return
    expect(decision.width).toBe(20000)
    expect(decision.height).toBe(1200)
    const area = decision.tiles.reduce((sum, t) => sum + t.width * t.height, 0)
    expect(area).toBe(20000 * 1200)
    for (const tile of decision.tiles) {
      expect(tile.width).toBeLessThanOrEqual(DEFAULT_LIMITS.tileSide)
      expect(tile.height).toBeLessThanOrEqual(DEFAULT_LIMITS.tileSide)
    }
  })

  it('follows the limits it is given', () => {
    const small: CanvasLimits = {
      maxSide: 1000,
      maxArea: 500_000,
      tileSide: 256,
      tiledMaxSide: 2000,
      tiledMaxArea: 1_000_000,
    }
    expect(checkCanvasSize({ width: 900, height: 500 }, small).kind).toBe('ok')
    expect(checkCanvasSize({ width: 900, height: 900 }, small).kind).toBe('tile')
    const reduced = checkCanvasSize({ width: 1800, height: 1800 }, small)
    expect(reduced.kind).toBe('reduce')
    expect(reduced.width * reduced.height).toBeLessThanOrEqual(500_000)
  })
})

describe('tileGrid', () => {
  it('covers the image exactly, row by row', () => {
    const tiles = tileGrid({ width: 600, height: 300 }, 256)
    expect(tiles.map((t) => [t.x, t.y, t.width, t.height])).toEqual([
      [0, 0, 256, 256],
      [256, 0, 256, 256],
      [512, 0, 88, 256],
      [0, 256, 256, 44],
      [256, 256, 256, 44],
      [512, 256, 88, 44],
    ])
  })
})

describe('requestedSize', () => {
  it('reads presets, custom sizes and multiples of the view', () => {
    const view = { width: 850, height: 555 }
    expect(requestedSize({ kind: 'preset', preset: 'a4-portrait' }, view)).toEqual({
      width: 2480,
      height: 3508,
    })
    expect(requestedSize({ kind: 'custom', width: 1000.4, height: 20 }, view)).toEqual({
      width: 1000,
      height: 20,
    })
    expect(requestedSize({ kind: 'scale', scale: 4 }, view)).toEqual({ width: 3400, height: 2220 })
  })
})
