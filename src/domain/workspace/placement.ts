import type { CasePositions, Point } from './record.ts'

/** Distance between actors placed one under the other, in model px. */
const STEP = 110

/**
 * Places actors that have no position yet in a column to the right of the ones that do, so a
 * new actor never lands on top of another. Pure; the column starts level with the top.
 */
export function placeMissing(stored: CasePositions, missing: readonly string[]): CasePositions {
  const points = Object.values(stored)
  const right = points.length > 0 ? Math.max(...points.map((p) => p.x)) + STEP * 1.5 : 0
  const top = points.length > 0 ? Math.min(...points.map((p) => p.y)) : 0
  const out: CasePositions = {}
  missing.forEach((id, i) => {
    out[id] = { x: right, y: top + i * STEP } satisfies Point
  })
  return out
}
