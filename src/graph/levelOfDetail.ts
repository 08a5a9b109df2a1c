import type { StylesheetJson } from 'cytoscape'

/**
 * Level of detail: how much of the network is drawn, chosen by its size. Pure rules, so they
 * can be tested without a browser; GraphCanvas and the large-network view apply them.
 *
 * Figures behind the thresholds (2-vCPU machine without GPU, research/perf.md and BENCHMARKS.md):
 * Cytoscape's canvas renderer needs 1.8 s to a first frame at 1,000 nodes and 7.9 s at 5,000;
 * the detailed view's case layout (stable over phases, labels packed) grows with the square of
 * the actors: 1.2 s at 100, 5 s at 200. sigma.js draws 5,000 nodes in under a second.
 */

/** From this many actors on, a case is drawn by the large-network view (sigma.js, WebGL). */
export const LARGE_NETWORK_MIN_NODES = 150

export type Renderer = 'cytoscape' | 'sigma'

export function rendererFor(nodeCount: number): Renderer {
  return nodeCount >= LARGE_NETWORK_MIN_NODES ? 'sigma' : 'cytoscape'
}

export type CytoscapeLevel = 'full' | 'reduced' | 'minimal'

export interface CytoscapeDetail {
  level: CytoscapeLevel
  /** Labels shorter on screen than this many px are not drawn (0 = always drawn). */
  minZoomedFontSize: number
  /** Straight, cheap "haystack" edges instead of curved ones; haystack edges carry no arrows. */
  haystackEdges: boolean
  arrows: boolean
  /** Core options: skip edges, or draw a cached texture, while the user pans and zooms. */
  hideEdgesOnViewport: boolean
  textureOnViewport: boolean
}

const CYTOSCAPE_DETAIL: Record<CytoscapeLevel, CytoscapeDetail> = {
  full: {
    level: 'full',
    minZoomedFontSize: 0,
    haystackEdges: false,
    arrows: true,
    hideEdgesOnViewport: false,
    textureOnViewport: false,
  },
  reduced: {
    level: 'reduced',
    minZoomedFontSize: 9,
    haystackEdges: false,
    arrows: true,
    hideEdgesOnViewport: false,
    textureOnViewport: false,
  },
  minimal: {
    level: 'minimal',
    minZoomedFontSize: 12,
    haystackEdges: true,
    arrows: false,
    hideEdgesOnViewport: true,
    textureOnViewport: true,
  },
}

/** The Cytoscape level for a network: full for the bundled cases, lighter as it grows. */
export function cytoscapeDetail(nodeCount: number, edgeCount: number): CytoscapeDetail {
  if (nodeCount >= 100 || edgeCount >= 400) return CYTOSCAPE_DETAIL.minimal
  if (nodeCount >= 60 || edgeCount >= 150) return CYTOSCAPE_DETAIL.reduced
  return CYTOSCAPE_DETAIL.full
}

/** The stylesheet with the level's simplifications appended (later rules win in Cytoscape). */
export function withLevelOfDetail(base: StylesheetJson, detail: CytoscapeDetail): StylesheetJson {
  if (detail.level === 'full') return base
  const rules: StylesheetJson = [
    { selector: 'node', style: { 'min-zoomed-font-size': detail.minZoomedFontSize } },
  ]
  if (detail.haystackEdges) rules.push({ selector: 'edge', style: { 'curve-style': 'haystack' } })
  if (!detail.arrows) rules.push({ selector: 'edge', style: { 'target-arrow-shape': 'none' } })
  return [...base, ...rules]
}

const styled = new WeakMap<StylesheetJson, Map<CytoscapeLevel, StylesheetJson>>()

/** `withLevelOfDetail`, remembered: react-cytoscapejs restyles whenever the reference changes. */
export function stylesheetFor(base: StylesheetJson, detail: CytoscapeDetail): StylesheetJson {
  let byLevel = styled.get(base)
  if (!byLevel) styled.set(base, (byLevel = new Map()))
  let sheet = byLevel.get(detail.level)
  if (!sheet) byLevel.set(detail.level, (sheet = withLevelOfDetail(base, detail)))
  return sheet
}

export interface SigmaDetail {
  /** Labels are drawn only for nodes at least this many px wide on screen: more as you zoom in. */
  labelRenderedSizeThreshold: number
  /** Don't draw edges while the camera moves. */
  hideEdgesOnMove: boolean
  hideLabelsOnMove: boolean
  /**
   * Arrows on directed relations only when zoomed in beyond this camera ratio (sigma: 1 = the
   * whole graph, smaller = closer); null = never.
   */
  arrowsBelowRatio: number | null
  /** Node diameter in px at the whole-graph view, for the smallest and largest influence. */
  nodeSize: { min: number; max: number }
  /**
   * Draw relations while the layout still moves the actors. Every position update makes
   * sigma.js process all relations again (over 100 ms of main thread at 25,000 relations on
   * these machines), so big networks show the actors settling and draw relations after.
   */
  edgesWhileLayingOut: boolean
}

/** sigma.js settings for a network of this size. */
export function sigmaDetail(nodeCount: number, edgeCount: number): SigmaDetail {
  const huge = nodeCount >= 10_000 || edgeCount >= 50_000
  const big = nodeCount >= 2_000 || edgeCount >= 10_000
  return {
    labelRenderedSizeThreshold: huge ? 14 : big ? 10 : 7,
    hideEdgesOnMove: huge,
    hideLabelsOnMove: big,
    arrowsBelowRatio: huge ? 0.15 : big ? 0.3 : 0.6,
    nodeSize: huge ? { min: 1.5, max: 5 } : big ? { min: 2, max: 6 } : { min: 2.5, max: 9 },
    edgesWhileLayingOut: !big,
  }
}

/** Whether directed relations get arrows at this camera ratio. */
export function showArrows(detail: SigmaDetail, cameraRatio: number): boolean {
  return detail.arrowsBelowRatio !== null && cameraRatio < detail.arrowsBelowRatio
}

/** The Cytoscape level for a list of elements (counts nodes and edges). */
export function cytoscapeDetailFor(elements: readonly { group?: string }[]): CytoscapeDetail {
  let nodes = 0
  for (const element of elements) if (element.group === 'nodes') nodes++
  return cytoscapeDetail(nodes, elements.length - nodes)
}
