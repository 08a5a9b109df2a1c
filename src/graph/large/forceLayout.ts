import defaults from 'graphology-layout-forceatlas2/defaults.js'
import iterate from 'graphology-layout-forceatlas2/iterate.js'
import { seededRandom } from '../../lib/prng.ts'

/**
 * ForceAtlas2 on flat arrays, for networks of thousands of actors. Runs in a Web Worker
 * (layout.worker.ts) so the page stays responsive; pure and synchronous, so it is tested in
 * Node. Uses graphology's FA2 iteration directly on its matrices: no graph object is built.
 */

/** Floats per node and per edge in graphology's FA2 matrices. */
const PER_NODE = 10
const PER_EDGE = 3

/** Seeded starting points in a disc whose area grows with the number of nodes. */
export function initialPositions(nodeCount: number, seed: number): Float32Array {
  const random = seededRandom(seed)
  const radius = 10 * Math.sqrt(nodeCount)
  const xy = new Float32Array(nodeCount * 2)
  for (let i = 0; i < nodeCount; i++) {
    const r = radius * Math.sqrt(random())
    const angle = 2 * Math.PI * random()
    xy[2 * i] = r * Math.cos(angle)
    xy[2 * i + 1] = r * Math.sin(angle)
  }
  return xy
}

/** Fewer iterations for bigger networks: each costs O(n log n) with Barnes–Hut. */
export function layoutIterations(nodeCount: number): number {
  if (nodeCount <= 2_000) return 300
  if (nodeCount <= 10_000) return 150
  return 80
}

/**
 * How often the worker sends positions. Each update makes the renderer reprocess every node and
 * edge, so big networks get fewer, further-apart updates.
 */
export function layoutUpdateInterval(nodeCount: number): number {
  if (nodeCount <= 2_000) return 120
  if (nodeCount <= 10_000) return 500
  return 1_000
}

/** Settings as graphology's `inferSettings` picks them for a network of this size. */
export function layoutSettings(nodeCount: number): Record<string, number | boolean> {
  return {
    ...defaults,
    barnesHutOptimize: nodeCount > 2_000,
    strongGravityMode: true,
    gravity: 0.05,
    scalingRatio: 10,
    slowDown: 1 + Math.log(nodeCount),
  }
}

export interface ForceLayout {
  readonly nodeCount: number
  /** Runs `count` iterations. */
  step(count: number): void
  /** Current positions as x0, y0, x1, y1… (a fresh copy). */
  positions(): Float32Array
}

/**
 * Prepares a layout. `edges` holds pairs of node indices (source, target, source, target…);
 * self-loops and indices out of range are ignored.
 */
export function createForceLayout(start: Float32Array, edges: Uint32Array): ForceLayout {
  const nodeCount = start.length / 2
  const nodes = new Float32Array(nodeCount * PER_NODE)
  for (let i = 0; i < nodeCount; i++) {
    const at = i * PER_NODE
    nodes[at] = start[2 * i]!
    nodes[at + 1] = start[2 * i + 1]!
    nodes[at + 6] = 1 // mass: 1 + degree, counted below
    nodes[at + 7] = 1 // convergence
    nodes[at + 8] = 1 // size
  }
  const kept: number[] = []
  for (let e = 0; e + 1 < edges.length; e += 2) {
    const a = edges[e]!
    const b = edges[e + 1]!
    if (a === b || a >= nodeCount || b >= nodeCount) continue
    kept.push(a, b)
    nodes[a * PER_NODE + 6]! += 1
    nodes[b * PER_NODE + 6]! += 1
  }
  const matrix = new Float32Array((kept.length / 2) * PER_EDGE)
  for (let e = 0; e < kept.length / 2; e++) {
    // The FA2 code addresses nodes by their offset in the node matrix, not by index.
    matrix[e * PER_EDGE] = kept[2 * e]! * PER_NODE
    matrix[e * PER_EDGE + 1] = kept[2 * e + 1]! * PER_NODE
    matrix[e * PER_EDGE + 2] = 1
  }
  const settings = layoutSettings(nodeCount)
  return {
    nodeCount,
    step(count) {
      for (let i = 0; i < count; i++) iterate(settings, nodes, matrix)
    },
    positions() {
      const xy = new Float32Array(nodeCount * 2)
      for (let i = 0; i < nodeCount; i++) {
        xy[2 * i] = nodes[i * PER_NODE]!
        xy[2 * i + 1] = nodes[i * PER_NODE + 1]!
      }
      return xy
    },
  }
}
