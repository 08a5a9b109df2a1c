export interface Point {
  x: number
  y: number
}

/** The space of a node and the label under it. */
export interface Box {
  w: number
  h: number
  /** How far the box centre lies below the node centre (the label hangs below). */
  dy: number
}

/** Two linked actors, by index. */
export interface Link {
  a: number
  b: number
}

/** Screens are wider than tall: a drawing this much wider than tall uses them well. */
const TARGET_ASPECT = 1.3

/**
 * Turns a force layout into a drawing for a landscape screen: rotates it so its long axis is
 * horizontal, scales it so most boxes just stop overlapping, packs it (see `settle`), and
 * centres it on (0, 0) in whole px.
 */
export function compact(
  input: readonly Point[],
  boxes: readonly Box[],
  links: readonly Link[],
): Point[] {
  let points = rotateToLongAxis(input)
  const scale = separatingScale(points, boxes)
  points = points.map((p) => ({ x: p.x * scale, y: p.y * scale }))
  settle(points, boxes, links)
  removeOverlaps(points, boxes, 300)
  return centred(points)
}

/**
 * Packs the drawing: every round pulls each actor a little towards the middle (harder along
 * the axis that is too long for a landscape screen) and towards the actors it is linked to,
 * then lets overlapping boxes push each other aside. Actors slide around each other into the
 * gaps, like marbles settling in a dish. Mutates `points`.
 */
function settle(points: Point[], boxes: readonly Box[], links: readonly Link[]): void {
  const ROUNDS = 150
  for (let round = 0; round < ROUNDS; round++) {
    const pull = 0.06 * (1 - round / ROUNDS)
    for (const { a, b } of links) {
      const p = points[a]!
      const q = points[b]!
      const dx = (q.x - p.x) * pull * 0.5
      const dy = (q.y - p.y) * pull * 0.5
      p.x += dx
      p.y += dy
      q.x -= dx
      q.y -= dy
    }
    const { w, h } = extent(points, boxes)
    const ratio = Math.min(2, Math.max(0.5, w / h / TARGET_ASPECT))
    for (const p of points) {
      p.x -= p.x * pull * ratio
      p.y -= (p.y * pull) / ratio
    }
    removeOverlaps(points, boxes, 20)
  }
}

/** Width and height of the drawing, boxes included. */
export function extent(points: readonly Point[], boxes: readonly Box[]): { w: number; h: number } {
  const xs = points.flatMap((p, i) => [p.x - boxes[i]!.w / 2, p.x + boxes[i]!.w / 2])
  const ys = points.flatMap((p, i) => [
    p.y + boxes[i]!.dy - boxes[i]!.h / 2,
    p.y + boxes[i]!.dy + boxes[i]!.h / 2,
  ])
  return { w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) }
}

function rotateToLongAxis(points: readonly Point[]): Point[] {
  const n = points.length
  const mx = points.reduce((s, p) => s + p.x, 0) / n
  const my = points.reduce((s, p) => s + p.y, 0) / n
  let sxx = 0
  let syy = 0
  let sxy = 0
  for (const p of points) {
    sxx += (p.x - mx) ** 2
    syy += (p.y - my) ** 2
    sxy += (p.x - mx) * (p.y - my)
  }
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy)
  const cos = Math.cos(-angle)
  const sin = Math.sin(-angle)
  return points.map((p) => ({
    x: (p.x - mx) * cos - (p.y - my) * sin,
    y: (p.x - mx) * sin + (p.y - my) * cos,
  }))
}

/** The scale at which 90 % of the pairs of boxes no longer overlap. */
function separatingScale(points: readonly Point[], boxes: readonly Box[]): number {
  const needed: number[] = []
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const dx = Math.abs(points[i]!.x - points[j]!.x)
      const dy = Math.abs(points[i]!.y + boxes[i]!.dy - points[j]!.y - boxes[j]!.dy)
      const sx = dx > 0.01 ? (boxes[i]!.w + boxes[j]!.w) / 2 / dx : Infinity
      const sy = dy > 0.01 ? (boxes[i]!.h + boxes[j]!.h) / 2 / dy : Infinity
      needed.push(Math.min(sx, sy))
    }
  }
  if (needed.length === 0) return 1
  needed.sort((a, b) => a - b)
  const scale = needed[Math.floor((needed.length - 1) * 0.9)] ?? 1
  return Number.isFinite(scale) && scale > 0 ? scale : 1
}

/** Pushes apart overlapping boxes along the axis where they overlap least. Mutates `points`. */
function removeOverlaps(points: Point[], boxes: readonly Box[], passes: number): void {
  for (let pass = 0; pass < passes; pass++) {
    let moved = false
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) {
        const a = points[i]!
        const b = points[j]!
        const cx = a.x - b.x
        const cy = a.y + boxes[i]!.dy - (b.y + boxes[j]!.dy)
        const ox = (boxes[i]!.w + boxes[j]!.w) / 2 - Math.abs(cx)
        const oy = (boxes[i]!.h + boxes[j]!.h) / 2 - Math.abs(cy)
        if (ox <= 0 || oy <= 0) continue
        moved = true
        if (ox < oy) {
          const shift = (ox / 2 + 0.5) * (cx >= 0 ? 1 : -1)
          a.x += shift
          b.x -= shift
        } else {
          const shift = (oy / 2 + 0.5) * (cy >= 0 ? 1 : -1)
          a.y += shift
          b.y -= shift
        }
      }
    }
    if (!moved) return
  }
}

function centred(points: readonly Point[]): Point[] {
  const xs = points.map((p) => p.x)
  const ys = points.map((p) => p.y)
  const midX = (Math.min(...xs) + Math.max(...xs)) / 2
  const midY = (Math.min(...ys) + Math.max(...ys)) / 2
  return points.map((p) => ({ x: Math.round(p.x - midX), y: Math.round(p.y - midY) }))
}
