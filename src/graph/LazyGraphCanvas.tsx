import { lazy, Suspense } from 'react'
import type { GraphCanvasProps } from './GraphCanvas.tsx'

// Cytoscape is the largest dependency; it loads in its own chunk, fetched in parallel with the
// dataset (see `preloadGraphCanvas`), so the first script the page runs stays small.
const load = () => import('./GraphCanvas.tsx').then((m) => ({ default: m.GraphCanvas }))
const GraphCanvasChunk = lazy(load)

/** Starts fetching the canvas chunk without waiting for it. */
export function preloadGraphCanvas(): void {
  void load()
}

/** The network canvas, loaded on demand; the frame keeps its size while the chunk arrives. */
export function LazyGraphCanvas(props: GraphCanvasProps) {
  return (
    <Suspense fallback={<div className="graph-canvas__cy" aria-busy="true" />}>
      <GraphCanvasChunk {...props} />
    </Suspense>
  )
}
