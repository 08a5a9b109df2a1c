/** Zoom and pan of the network, with the size of the canvas they were read at. */
export interface Viewport {
  zoom: number
  pan: { x: number; y: number }
  /** Canvas size in CSS px when read; a saved view is fitted to another canvas with it. */
  width: number
  height: number
}

/**
 * The same view on a canvas of another size: the model point that was in the middle stays in
 * the middle, and the zoom scales with the canvas (by the tighter of width and height), so a
 * view saved on a laptop shows the same part of the network on a projector.
 */
export function adaptViewport(
  saved: Viewport,
  width: number,
  height: number,
): { zoom: number; pan: { x: number; y: number } } {
  if (saved.width <= 0 || saved.height <= 0 || width <= 0 || height <= 0)
    return { zoom: saved.zoom, pan: saved.pan }
  const centre = {
    x: (saved.width / 2 - saved.pan.x) / saved.zoom,
    y: (saved.height / 2 - saved.pan.y) / saved.zoom,
  }
  const zoom = saved.zoom * Math.min(width / saved.width, height / saved.height)
  return { zoom, pan: { x: width / 2 - centre.x * zoom, y: height / 2 - centre.y * zoom } }
}
