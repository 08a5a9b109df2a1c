import type { CaseGraph } from '../domain/caseGraph.ts'
import type { Case } from '../domain/schema.ts'
import { hashString, seededRandom } from '../lib/prng.ts'
import { canvasLabel } from './canvasLabel.ts'
import {
  LABEL_FONT_SIZE,
  LABEL_MAX_WIDTH,
  NODE_SIZE_ABSENT,
  nodeSizeForInfluence,
} from './encoding.ts'
import { type Box, compact, extent, type Point } from './layoutCompact.ts'

export type { Point } from './layoutCompact.ts'

/** Model positions by actor id (not namespaced). */
export type Positions = Readonly<Record<string, Point>>

/** Preferred distance between linked actors, in model px. */
const IDEAL_EDGE = 160
const ITERATIONS = 350
const ATTEMPTS = 8
/** The shape of the network's area on a 1280×800 screen, which layouts are chosen for. */
const SCREEN_ASPECT = 1.35
const GRAVITY = 0.02
/** Space kept free around a node and its label; wider across, so neighbouring labels never read as one. */
const BOX_MARGIN_X = 24
const BOX_MARGIN_Y = 10
const LABEL_GAP = 6
/** Rough average glyph width of the label font, to size boxes without measuring text. */
const CHAR_WIDTH = LABEL_FONT_SIZE * 0.58
const LINE_HEIGHT = LABEL_FONT_SIZE * 1.25

/** The space one actor's node and label take, at the largest size it reaches in the case. */
function boxFor(labels: readonly string[], size: number): Box {
  const texts = labels.map(canvasLabel)
  const textWidth = Math.max(...texts.map((text) => text.length * CHAR_WIDTH), CHAR_WIDTH)
  // A word longer than the wrap width is not broken: it sets the label's width.
  const longestWord = Math.max(
    ...texts.flatMap((text) => text.split(/\s+/)).map((word) => word.length * CHAR_WIDTH),
  )
  const width = Math.max(longestWord, Math.min(textWidth, LABEL_MAX_WIDTH))
  const lines = Math.ceil(textWidth / width)
  const labelHeight = lines * LINE_HEIGHT + LABEL_GAP
  return {
    w: Math.max(size, width) + BOX_MARGIN_X,
    h: size + labelHeight + BOX_MARGIN_Y,
    dy: labelHeight / 2,
  }
}

/**
 * Positions for every actor of a case, computed once over the union of all its phases so that
 * stepping through phases never moves anyone. A force-directed layout (Fruchterman–Reingold)
 * from seeded starting points, then turned, packed and spread so that node-and-label boxes do
 * not overlap. Pure and deterministic: the same case always gives the same positions.
 */
export function computeCaseLayout(graph: CaseGraph): Positions {
  const actors = graph.actors
  if (actors.length === 0) return {}
  // Force layouts settle into different shapes from different starts. Try a few seeded
  // starts and keep the drawing that fits a landscape screen at the largest zoom.
  const boxes = actors.map((a) => {
    const influences = [...a.positions.values()].map((p) => p.influence)
    const size =
      influences.length > 0 ? nodeSizeForInfluence(Math.max(...influences)) : NODE_SIZE_ABSENT
    return boxFor([a.actor.label, a.actor.labelEn ?? ''], size)
  })
  let best: { points: Point[]; score: number } | undefined
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const points = layoutOnce(graph, boxes, hashString(`${graph.kase.id}#${attempt}`))
    const score = fitScore(points, boxes)
    if (!best || score < best.score - 1e-9) best = { points, score }
  }
  const out: Record<string, Point> = {}
  actors.forEach((a, i) => {
    out[a.actor.id] = best!.points[i]!
  })
  return out
}

/** How far the drawing must be zoomed out to fit the network's area on screen; lower is better. */
function fitScore(points: readonly Point[], boxes: readonly Box[]): number {
  const { w, h } = extent(points, boxes)
  return Math.max(w / SCREEN_ASPECT, h)
}

/** One force layout from one seeded start, packed for the screen. */
function layoutOnce(graph: CaseGraph, boxes: readonly Box[], seed: number): Point[] {
  const actors = graph.actors
  const n = actors.length
  const random = seededRandom(seed)
  const index = new Map(actors.map((a, i) => [a.actor.id, i]))

  // Undirected links; the strongest relation between a pair sets the pull.
  const links = new Map<string, { a: number; b: number; weight: number }>()
  for (const rel of graph.relations) {
    const a = index.get(rel.source)
    const b = index.get(rel.target)
    if (a === undefined || b === undefined || a === b) continue
    const key = a < b ? `${a}-${b}` : `${b}-${a}`
    const weight = 0.7 + 0.15 * rel.strength
    const known = links.get(key)
    if (!known || known.weight < weight) links.set(key, { a, b, weight })
  }

  const radius = IDEAL_EDGE * Math.sqrt(n) * 0.5
  const points: Point[] = actors.map((_, i) => ({
    x: radius * Math.cos((2 * Math.PI * i) / n) + (random() - 0.5) * 20,
    y: radius * Math.sin((2 * Math.PI * i) / n) + (random() - 0.5) * 20,
  }))
  const k = IDEAL_EDGE
  for (let iter = 0; iter < ITERATIONS; iter++) {
    const moves = points.map(() => ({ x: 0, y: 0 }))
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let vx = points[i]!.x - points[j]!.x
        let vy = points[i]!.y - points[j]!.y
        if (Math.hypot(vx, vy) < 0.01) {
          vx = random() - 0.5
          vy = random() - 0.5
        }
        const d = Math.hypot(vx, vy)
        const force = (k * k) / d / d
        moves[i]!.x += vx * force
        moves[i]!.y += vy * force
        moves[j]!.x -= vx * force
        moves[j]!.y -= vy * force
      }
    }
    for (const { a, b, weight } of links.values()) {
      const vx = points[a]!.x - points[b]!.x
      const vy = points[a]!.y - points[b]!.y
      const force = (Math.hypot(vx, vy) / k) * weight
      moves[a]!.x -= vx * force
      moves[a]!.y -= vy * force
      moves[b]!.x += vx * force
      moves[b]!.y += vy * force
    }
    const temperature = k * 0.5 * (1 - iter / ITERATIONS) + 1
    points.forEach((p, i) => {
      // Gravity keeps loose actors and separate groups near the middle.
      const mx = moves[i]!.x - p.x * GRAVITY * k * 0.1
      const my = moves[i]!.y - p.y * GRAVITY * k * 0.1
      const length = Math.hypot(mx, my)
      if (length < 1e-9) return
      const step = Math.min(length, temperature)
      p.x += (mx / length) * step
      p.y += (my / length) * step
    })
  }

  return compact(points, boxes, [...links.values()])
}

const cache = new WeakMap<Case, Positions>()

/** `computeCaseLayout`, remembered per case record: a case is laid out once per dataset. */
export function caseLayout(graph: CaseGraph): Positions {
  const known = cache.get(graph.kase)
  if (known) return known
  const positions = computeCaseLayout(graph)
  cache.set(graph.kase, positions)
  return positions
}

/**
 * Hands `caseLayout` positions computed elsewhere (the dataset worker runs the same
 * deterministic layout while the page's code loads), so the case is not laid out twice.
 */
export function primeCaseLayout(kase: Case, positions: Positions): void {
  if (!cache.has(kase)) cache.set(kase, positions)
}
