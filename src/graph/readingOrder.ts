import type { Positions } from './layout.ts'

/** Nodes whose centres lie closer than this (model px) vertically are read as one row. */
export const ROW_TOLERANCE = 40

/**
 * Actor ids in reading order of their positions on the canvas: rows from top to bottom, each
 * row from left to right. A row starts at the highest remaining node and takes every node
 * within `ROW_TOLERANCE` below it. Keyboard navigation in the graph follows this order.
 */
export function readingOrder(actorIds: readonly string[], positions: Positions): string[] {
  const placed = actorIds.map((id) => ({ id, x: positions[id]?.x ?? 0, y: positions[id]?.y ?? 0 }))
  placed.sort((a, b) => a.y - b.y || a.x - b.x)
  const order: string[] = []
  let i = 0
  while (i < placed.length) {
    const top = placed[i]?.y ?? 0
    let end = i
    while (end < placed.length && (placed[end]?.y ?? 0) - top < ROW_TOLERANCE) end++
    const row = placed.slice(i, end).sort((a, b) => a.x - b.x || a.id.localeCompare(b.id))
    order.push(...row.map((p) => p.id))
    i = end
  }
  return order
}
