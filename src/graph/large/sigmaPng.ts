import type Sigma from 'sigma'

/**
 * The drawn network as a PNG at screen size: sigma's layers (edges, nodes, labels) painted on
 * white. Rendered synchronously first, because a WebGL canvas is only readable in the task
 * that drew it.
 */
export function sigmaToPng(sigma: Sigma): Promise<Blob | null> {
  const { width, height } = sigma.getDimensions()
  const ratio = window.devicePixelRatio || 1
  const out = document.createElement('canvas')
  out.width = Math.round(width * ratio)
  out.height = Math.round(height * ratio)
  const context = out.getContext('2d')
  if (!context) return Promise.resolve(null)
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, out.width, out.height)
  sigma.refresh()
  const layers = sigma.getCanvases()
  for (const name of ['edges', 'edgeLabels', 'nodes', 'labels', 'hovers', 'hoverNodes']) {
    const layer = layers[name]
    if (layer) context.drawImage(layer, 0, 0, out.width, out.height)
  }
  return new Promise((resolve) => out.toBlob((blob) => resolve(blob), 'image/png'))
}
