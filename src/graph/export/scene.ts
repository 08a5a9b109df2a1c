import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape'
import type { Positions } from '../layout.ts'
import { LABEL_FONT_SIZE, LABEL_MAX_WIDTH, NODE_SIZE_MAX } from '../encoding.ts'
import { STYLESHEET_REDUCED_MOTION } from '../stylesheet.ts'

/**
 * Exports never draw with the user's Cytoscape core: they copy what it shows (elements,
 * classes, positions, stylesheet, viewport) into an offscreen core of their own, draw that,
 * and destroy it. The user's view is never changed, not even for a frame, and a phase other
 * than the one on screen (filmstrip, ZIP) is drawn from its own elements the same way.
 * The offscreen core is a real renderer, not headless: `png()` and `svg()` need one.
 */

export interface SceneView {
  /** Container size in CSS px. */
  width: number
  height: number
  zoom: number
  pan: { x: number; y: number }
}

export interface GraphScene {
  elements: ElementDefinition[]
  style: StylesheetJson
  /** The viewport to draw; null draws the whole graph (all elements and their labels). */
  view: SceneView | null
}

/** Classes that mark the user's own pointer or choice, not the story of the network. */
const TRANSIENT_CLASSES = new Set(['chosen', 'focused', 'hover', 'hovered'])

function withoutTransientClasses(def: ElementDefinition): ElementDefinition {
  const raw: unknown = def.classes
  const list = Array.isArray(raw)
    ? raw.map(String)
    : typeof raw === 'string'
      ? raw.split(/\s+/)
      : []
  return {
    ...def,
    selected: false,
    classes: list.filter((c) => c && !TRANSIENT_CLASSES.has(c)).join(' '),
  }
}

/** What the live core shows right now: the current view, or the whole graph. */
export function sceneFromCore(core: Core, whole: boolean): GraphScene {
  const container = core.container()
  const elements = core
    .elements()
    .filter((ele) => ele.visible())
    .jsons()
    .map((json) => withoutTransientClasses(json as unknown as ElementDefinition))
  return {
    elements,
    // `json()` exists on a core's style at run time, but @types/cytoscape leaves it out.
    style: (core.style() as unknown as { json: () => StylesheetJson }).json(),
    view: whole
      ? null
      : {
          width: container?.clientWidth || core.width(),
          height: container?.clientHeight || core.height(),
          zoom: core.zoom(),
          pan: { ...core.pan() },
        },
  }
}

/** Room for a label under a node (up to three lines), in model px. */
const LABEL_ROOM = 3 * LABEL_FONT_SIZE * 1.3

/**
 * One viewport for every phase of a case, framing all actors' positions with room for node
 * and label, so phases drawn side by side have their actors at identical places.
 */
export function frameForPositions(positions: Positions, width: number, height: number): SceneView {
  const points = Object.values(positions)
  // Labels wrap at spaces only, so one long word can pass the maximum label width.
  const side = Math.max(NODE_SIZE_MAX, LABEL_MAX_WIDTH) / 2 + 60
  const top = NODE_SIZE_MAX / 2 + 10
  const xs = points.map((p) => p.x)
  const ys = points.map((p) => p.y)
  const x1 = Math.min(...xs, 0) - side
  const x2 = Math.max(...xs, 0) + side
  const y1 = Math.min(...ys, 0) - top
  const y2 = Math.max(...ys, 0) + top + LABEL_ROOM
  const zoom = Math.min(width / (x2 - x1), height / (y2 - y1))
  return {
    width,
    height,
    zoom,
    pan: { x: width / 2 - zoom * ((x1 + x2) / 2), y: height / 2 - zoom * ((y1 + y2) / 2) },
  }
}

export function phaseScene(elements: ElementDefinition[], view: SceneView | null): GraphScene {
  return { elements, style: STYLESHEET_REDUCED_MOTION, view }
}

interface SvgOptions {
  full: boolean
  maxWidth: number
  maxHeight: number
}
type SvgCore = Core & { svg: (options: SvgOptions) => string }

let svgRegistered: Promise<void> | null = null
/** cytoscape-svg reads `window` when imported, so it is loaded on first use only. */
function registerSvg(): Promise<void> {
  svgRegistered ??= import('cytoscape-svg').then((module) => {
    cytoscape.use(module.default)
  })
  return svgRegistered
}

/** An offscreen, non-headless core for drawing scenes; destroy it when done. */
export class OffscreenGraph {
  private readonly container: HTMLDivElement
  private readonly cy: Core
  private full = true

  constructor() {
    this.container = document.createElement('div')
    this.container.setAttribute('aria-hidden', 'true')
    Object.assign(this.container.style, {
      position: 'fixed',
      left: '-100000px',
      top: '0',
      width: '800px',
      height: '600px',
      visibility: 'hidden',
      pointerEvents: 'none',
    })
    document.body.append(this.container)
    this.cy = cytoscape({
      container: this.container,
      style: STYLESHEET_REDUCED_MOTION,
      layout: { name: 'preset', fit: false },
      autoungrabify: true,
      autounselectify: true,
      userZoomingEnabled: false,
      userPanningEnabled: false,
      boxSelectionEnabled: false,
      minZoom: 1e-4,
      maxZoom: 1e4,
    })
  }

  /** Replaces what the core holds with `scene`. */
  load(scene: GraphScene): void {
    const cy = this.cy
    const view = scene.view
    this.container.style.width = `${Math.max(1, Math.round(view?.width ?? 800))}px`
    this.container.style.height = `${Math.max(1, Math.round(view?.height ?? 600))}px`
    cy.resize()
    cy.batch(() => {
      cy.elements().remove()
      cy.style(scene.style)
      cy.add(scene.elements.map((def) => ({ ...def, data: { ...def.data } })))
    })
    this.full = view === null
    if (view) cy.viewport({ zoom: view.zoom, pan: view.pan })
  }

  /** The loaded scene as PNG, as large as fits in `maxWidth × maxHeight`, transparent behind. */
  png(maxWidth: number, maxHeight: number): Promise<Blob> {
    return this.cy.png({
      output: 'blob-promise',
      full: this.full,
      maxWidth: Math.max(1, Math.floor(maxWidth)),
      maxHeight: Math.max(1, Math.floor(maxHeight)),
    })
  }

  /** The loaded scene as SVG markup (labels as text). */
  async svg(maxWidth: number, maxHeight: number): Promise<string> {
    await registerSvg()
    return (this.cy as SvgCore).svg({ full: this.full, maxWidth, maxHeight })
  }

  destroy(): void {
    if (!this.cy.destroyed()) this.cy.destroy()
    this.container.remove()
  }
}

/** Runs `work` with an offscreen core and always destroys it afterwards. */
export async function withOffscreenGraph<T>(
  work: (graph: OffscreenGraph) => Promise<T>,
): Promise<T> {
  const graph = new OffscreenGraph()
  try {
    return await work(graph)
  } finally {
    graph.destroy()
  }
}
