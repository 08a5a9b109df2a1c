import { describe, expect, it } from 'vitest'
import {
  createForceLayout,
  initialPositions,
  layoutIterations,
  layoutUpdateInterval,
} from '../../../src/graph/large/forceLayout.ts'

/** Two cliques of 10 with one bridge. */
function twoGroups(): Uint32Array {
  const pairs: number[] = []
  for (const offset of [0, 10])
    for (let a = 0; a < 10; a++) for (let b = a + 1; b < 10; b++) pairs.push(offset + a, offset + b)
  pairs.push(0, 10)
  return Uint32Array.from(pairs)
}

const centre = (xy: Float32Array, from: number, to: number) => {
  let x = 0
  let y = 0
  for (let i = from; i < to; i++) {
    x += xy[2 * i]!
    y += xy[2 * i + 1]!
  }
  return { x: x / (to - from), y: y / (to - from) }
}
const spread = (xy: Float32Array, from: number, to: number) => {
  const c = centre(xy, from, to)
  let sum = 0
  for (let i = from; i < to; i++) sum += Math.hypot(xy[2 * i]! - c.x, xy[2 * i + 1]! - c.y)
  return sum / (to - from)
}

describe('force layout for large networks', () => {
  it('starts from the same seeded positions every time', () => {
    expect(initialPositions(50, 9)).toEqual(initialPositions(50, 9))
    expect(initialPositions(50, 9)).not.toEqual(initialPositions(50, 10))
  })

  it('pulls linked groups together and keeps groups apart', () => {
    const layout = createForceLayout(initialPositions(20, 4), twoGroups())
    layout.step(300)
    const xy = layout.positions()
    expect(xy.every(Number.isFinite)).toBe(true)
    const a = centre(xy, 0, 10)
    const b = centre(xy, 10, 20)
    const between = Math.hypot(a.x - b.x, a.y - b.y)
    expect(between).toBeGreaterThan(spread(xy, 0, 10))
    expect(between).toBeGreaterThan(spread(xy, 10, 20))
  })

  it('ignores loops and indices out of range', () => {
    const layout = createForceLayout(initialPositions(3, 1), Uint32Array.from([0, 0, 1, 7, 1, 2]))
    layout.step(10)
    expect(layout.positions().every(Number.isFinite)).toBe(true)
  })

  it('runs fewer iterations and sends fewer updates for bigger networks', () => {
    expect(layoutIterations(1000)).toBeGreaterThan(layoutIterations(5000))
    expect(layoutIterations(5000)).toBeGreaterThan(layoutIterations(20_000))
    expect(layoutUpdateInterval(1000)).toBeLessThan(layoutUpdateInterval(20_000))
  })
})
