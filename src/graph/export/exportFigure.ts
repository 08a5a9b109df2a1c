import { zipSync } from 'fflate'
import {
  type FigureLayout,
  filmstripPanels,
  layoutFigure,
} from '../../domain/export/figureLayout.ts'
import type { PixelSize } from '../../domain/export/presets.ts'
import {
  type CanvasLimits,
  checkCanvasSize,
  DEFAULT_LIMITS,
  reduceToFit,
  type SizeDecision,
} from '../../domain/export/sizeCheck.ts'
import { drawFigure, type GraphImage } from './drawFigure.ts'
import type { FigureSpec } from './figureSpec.ts'
import { figureSvg } from './figureSvg.ts'
import { canvasMeasure, cssFont, fontsReady } from './measure.ts'
import { renderPng } from './renderPng.ts'
import {
  frameForPositions,
  type GraphScene,
  type OffscreenGraph,
  withOffscreenGraph,
} from './scene.ts'
import type { Positions } from '../layout.ts'
import type { ElementDefinition } from 'cytoscape'
import { STYLESHEET_REDUCED_MOTION } from '../stylesheet.ts'

export interface FigureResult {
  blob: Blob
  /** How the size check decided; 'reduce' and 'tile' are worth telling the user. */
  decision: SizeDecision
}

export const SOFTWARE = 'Wijknetwerk'

function pngMetadata(spec: FigureSpec): Record<string, string> {
  return {
    Title: spec.metadata.title,
    Description: spec.metadata.description,
    Source: spec.metadata.source,
    Software: SOFTWARE,
    'Creation Time': new Date().toUTCString(),
  }
}

async function graphBitmap(
  offscreen: OffscreenGraph,
  scene: GraphScene,
  box: PixelSize,
  limits: CanvasLimits,
): Promise<ImageBitmap> {
  offscreen.load(scene)
  // The graph raster itself must fit one canvas; in a tiled figure it is scaled up to its box.
  const fit = reduceToFit(
    { width: Math.max(1, Math.floor(box.width)), height: Math.max(1, Math.floor(box.height)) },
    limits,
  )
  return createImageBitmap(await offscreen.png(fit.width, fit.height))
}

async function prepare(size: PixelSize, spec: FigureSpec, limits: CanvasLimits) {
  await fontsReady()
  const decision = checkCanvasSize(size, limits)
  const layout = layoutFigure(decision, spec.texts, spec.legend, canvasMeasure())
  return { decision, layout }
}

/** A composed figure (title, graph, legend, caption, source line) as PNG. */
export async function exportFigurePng(
  scene: GraphScene,
  spec: FigureSpec,
  size: PixelSize,
  limits: CanvasLimits = DEFAULT_LIMITS,
): Promise<FigureResult> {
  const { decision, layout } = await prepare(size, spec, limits)
  const image = await withOffscreenGraph((g) => graphBitmap(g, scene, layout.graph, limits))
  try {
    const blob = await renderPng(
      decision,
      (ctx) => drawFigure(ctx, layout, spec, image),
      pngMetadata(spec),
    )
    return { blob, decision }
  } finally {
    image.close()
  }
}

/** The same composition as SVG, texts as text; no canvas limit applies. */
export async function exportFigureSvg(
  scene: GraphScene,
  spec: FigureSpec,
  size: PixelSize,
): Promise<Blob> {
  await fontsReady()
  const layout = layoutFigure(size, spec.texts, spec.legend, canvasMeasure())
  const markup = await withOffscreenGraph(async (g) => {
    g.load(scene)
    return g.svg(layout.graph.width, layout.graph.height)
  })
  return new Blob([figureSvg(layout, spec, markup)], { type: 'image/svg+xml' })
}

/** Draws a scaled-down figure into `canvas` for the dialog's preview. */
export async function drawPreview(
  canvas: HTMLCanvasElement,
  scene: GraphScene,
  spec: FigureSpec,
  size: PixelSize,
  maxSide: number,
): Promise<FigureLayout> {
  await fontsReady()
  const decision = checkCanvasSize(size)
  const layout = layoutFigure(decision, spec.texts, spec.legend, canvasMeasure())
  const scale = Math.min(1, maxSide / Math.max(layout.width, layout.height))
  const box = { width: layout.graph.width * scale, height: layout.graph.height * scale }
  const image = await withOffscreenGraph((g) => graphBitmap(g, scene, box, DEFAULT_LIMITS))
  canvas.width = Math.max(1, Math.round(layout.width * scale))
  canvas.height = Math.max(1, Math.round(layout.height * scale))
  const ctx = canvas.getContext('2d')
  if (ctx) {
    ctx.clearRect(0, 0, canvas.width, canvas.height)
    ctx.scale(scale, scale)
    drawFigure(ctx, layout, spec, image)
  }
  image.close()
  return layout
}

export interface FilmstripPhase {
  label: string
  elements: ElementDefinition[]
}

/**
 * All phases of a case side by side in one PNG: one shared title, legend and source line,
 * and every phase drawn through the same viewport, so each actor keeps its place.
 */
export async function exportFilmstripPng(
  phases: readonly FilmstripPhase[],
  positions: Positions,
  spec: FigureSpec,
  size: PixelSize,
  limits: CanvasLimits = DEFAULT_LIMITS,
): Promise<FigureResult> {
  const { decision, layout } = await prepare(size, spec, limits)
  const measure = canvasMeasure()
  const panels = filmstripPanels(
    layout.graph,
    phases.map((p) => p.label),
    layout.legend.fontSize,
    measure,
  )
  const images: GraphImage[] = await withOffscreenGraph(async (g) => {
    const out: ImageBitmap[] = []
    for (const [i, phase] of phases.entries()) {
      const box = panels[i]?.graph ?? layout.graph
      const view = frameForPositions(positions, box.width, box.height)
      out.push(
        await graphBitmap(
          g,
          { elements: phase.elements, style: STYLESHEET_REDUCED_MOTION, view },
          box,
          limits,
        ),
      )
    }
    return out
  })
  const draw = (ctx: CanvasRenderingContext2D) => {
    drawFigure(ctx, layout, spec, null)
    const text = spec.background === 'dark' ? '#f9fafb' : '#111827'
    panels.forEach((panel, i) => {
      ctx.save()
      ctx.font = cssFont(panel.label.fontSize, true)
      ctx.fillStyle = text
      ctx.textBaseline = 'top'
      panel.label.lines.forEach((line, l) =>
        ctx.fillText(line, panel.label.x, panel.label.y + l * panel.label.lineHeight),
      )
      ctx.strokeStyle = spec.background === 'dark' ? '#4b5563' : '#d1d5db'
      ctx.lineWidth = Math.max(1, panel.label.fontSize / 12)
      ctx.strokeRect(panel.graph.x, panel.graph.y, panel.graph.width, panel.graph.height)
      const image = images[i]
      if (image)
        ctx.drawImage(image, panel.graph.x, panel.graph.y, panel.graph.width, panel.graph.height)
      ctx.restore()
    })
  }
  try {
    return { blob: await renderPng(decision, draw, pngMetadata(spec)), decision }
  } finally {
    images.forEach((image) => (image as ImageBitmap).close())
  }
}

export interface ZipJob {
  fileName: string
  /** Builds the figure when its turn comes, so a long batch holds one figure at a time. */
  render: () => Promise<Blob>
}

export interface BatchProgress {
  done: number
  total: number
}

/** Renders figures one after another into a ZIP; stops with an AbortError when cancelled. */
export async function zipFigures(
  jobs: readonly ZipJob[],
  onProgress: (progress: BatchProgress) => void,
  signal?: AbortSignal,
): Promise<Blob> {
  const files: Record<string, Uint8Array> = {}
  onProgress({ done: 0, total: jobs.length })
  for (const [i, job] of jobs.entries()) {
    signal?.throwIfAborted()
    files[job.fileName] = new Uint8Array(await (await job.render()).arrayBuffer())
    onProgress({ done: i + 1, total: jobs.length })
  }
  signal?.throwIfAborted()
  // PNG is compressed already: store the files as they are.
  const zip = zipSync(files, { level: 0 })
  return new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' })
}
