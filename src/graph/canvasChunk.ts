import type * as GraphCanvasModule from './GraphCanvas.tsx'

/**
 * The chunk with Cytoscape and the network canvas. The page's first script asks for it (no
 * React needed here, so that script stays small); LazyGraphCanvas renders from it.
 */
type Module = typeof GraphCanvasModule

let request: Promise<Module> | null = null
let loaded: Module | null = null

/** Fetches the chunk once; later calls share the request. */
export function loadGraphCanvasChunk(): Promise<Module> {
  request ??= import('./GraphCanvas.tsx').then((module) => (loaded = module))
  return request
}

/** The chunk if it has arrived, else null. */
export function loadedGraphCanvasChunk(): Module | null {
  return loaded
}
