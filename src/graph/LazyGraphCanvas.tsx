import { lazy, Suspense, useState } from 'react'
import { loadedGraphCanvasChunk, loadGraphCanvasChunk } from './canvasChunk.ts'
import type { GraphCanvasProps } from './GraphCanvas.tsx'

// Cytoscape is the largest dependency; it loads in its own chunk, fetched in parallel with the
// dataset (the page's first script asks for it), so the first script the page runs stays small.
const GraphCanvasChunk = lazy(() =>
  loadGraphCanvasChunk().then((module) => ({ default: module.GraphCanvas })),
)

/**
 * The network canvas, loaded on demand; the frame keeps its size while the chunk arrives.
 * Once the chunk is there the canvas renders directly: going through Suspense even then would
 * hold the first drawing back by React's fallback throttle (300 ms).
 */
export function LazyGraphCanvas(props: GraphCanvasProps) {
  // Chosen once per mount: switching between the two paths later would remount the canvas.
  const [chunk] = useState(loadedGraphCanvasChunk)
  if (chunk) return <chunk.GraphCanvas {...props} />
  return (
    <Suspense fallback={<div className="graph-canvas__cy" aria-busy="true" />}>
      <GraphCanvasChunk {...props} />
    </Suspense>
  )
}
