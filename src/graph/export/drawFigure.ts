import type { FigureLayout, Rect, TextBlock } from '../../domain/export/figureLayout.ts'
import { BACKGROUNDS, type FigureSpec, type Swatch } from './figureSpec.ts'
import { cssFont } from './measure.ts'
import { shapePoints } from './shapes.ts'

type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D
export type GraphImage = CanvasImageSource & { width: number; height: number }

/** Where an image of `w × h` goes inside `rect`, as large as fits, centred. */
export function containRect(rect: Rect, w: number, h: number): Rect {
  const scale = Math.min(rect.width / w, rect.height / h)
  const width = w * scale
  const height = h * scale
  return {
    x: rect.x + (rect.width - width) / 2,
    y: rect.y + (rect.height - height) / 2,
    width,
    height,
  }
}

function drawText(ctx: Ctx, block: TextBlock | null, colour: string) {
  if (!block) return
  ctx.font = cssFont(block.fontSize, block.bold)
  ctx.fillStyle = colour
  ctx.textBaseline = 'top'
  block.lines.forEach((line, i) => ctx.fillText(line, block.x, block.y + i * block.lineHeight))
}

function nodePath(ctx: Ctx, shape: Parameters<typeof shapePoints>[0], r: Rect) {
  const cx = r.x + r.width / 2
  const cy = r.y + r.height / 2
  ctx.beginPath()
  const points = shapePoints(shape, cx, cy, r.width, r.height)
  if (points) {
    points.forEach(([px, py], i) => (i === 0 ? ctx.moveTo(px, py) : ctx.lineTo(px, py)))
    ctx.closePath()
  } else if (shape === 'round-rectangle') {
    ctx.roundRect(r.x, r.y, r.width, r.height, Math.min(r.width, r.height) / 4)
  } else {
    ctx.ellipse(cx, cy, r.width / 2, r.height / 2, 0, 0, Math.PI * 2)
  }
}

/** Draws one legend swatch into the box `r`. */
export function drawSwatch(ctx: Ctx, swatch: Swatch, r: Rect, outline: string) {
  ctx.save()
  const unit = r.height / 10
  switch (swatch.kind) {
    case 'node': {
      const side = r.height
      const box = { x: r.x + (r.width - side) / 2, y: r.y, width: side, height: side }
      ctx.globalAlpha = swatch.faded ? 0.35 : 1
      nodePath(ctx, swatch.shape, box)
      ctx.fillStyle = swatch.colour
      ctx.fill()
      ctx.lineWidth = Math.max(1, unit * 0.8)
      ctx.strokeStyle = outline
      ctx.setLineDash(swatch.dashed ? [unit * 2, unit * 1.5] : [])
      ctx.stroke()
      break
    }
    case 'line': {
      const y = r.y + r.height / 2
      const scale = r.height / 20
      ctx.strokeStyle = swatch.colour
      ctx.lineWidth = Math.max(1.5, (swatch.width ?? 3) * scale)
      ctx.setLineDash(swatch.dash ? swatch.dash.map((d) => d * scale) : [])
      ctx.beginPath()
      ctx.moveTo(r.x, y)
      ctx.lineTo(r.x + r.width - (swatch.arrow ? unit * 4 : 0), y)
      ctx.stroke()
      if (swatch.arrow) {
        ctx.setLineDash([])
        ctx.fillStyle = swatch.colour
        ctx.beginPath()
        ctx.moveTo(r.x + r.width, y)
        ctx.lineTo(r.x + r.width - unit * 5, y - unit * 3)
        ctx.lineTo(r.x + r.width - unit * 5, y + unit * 3)
        ctx.closePath()
        ctx.fill()
      }
      break
    }
    case 'sizes': {
      // Three dots that together fit the swatch box, so the label never overlaps them.
      const fit = Math.min(r.height, (r.width - 2 * unit) / 2.05)
      const sizes = [0.4, 0.65, 1].map((f) => f * fit)
      let x = r.x
      ctx.fillStyle = swatch.colour
      for (const d of sizes) {
        ctx.beginPath()
        ctx.arc(x + d / 2, r.y + r.height - d / 2, d / 2, 0, Math.PI * 2)
        ctx.fill()
        x += d + unit
      }
      break
    }
    case 'ring': {
      const d = r.height
      const cx = r.x + r.width / 2
      const cy = r.y + d / 2
      ctx.beginPath()
      ctx.arc(cx, cy, d / 2 - unit, 0, Math.PI * 2)
      ctx.fillStyle = swatch.fill
      ctx.fill()
      ctx.lineWidth = unit * 2
      ctx.strokeStyle = swatch.colour
      ctx.stroke()
      break
    }
  }
  ctx.restore()
}

/** Draws the legend rows laid out by `layoutFigure`. */
export function drawLegend(ctx: Ctx, layout: FigureLayout, spec: FigureSpec) {
  const colours = BACKGROUNDS[spec.background]
  const { legend } = layout
  ctx.textBaseline = 'middle'
  for (const row of legend.rows) {
    const section = spec.legend[row.section]
    if (!section) continue
    const mid = row.y + legend.rowHeight / 2
    if (row.kind === 'heading') {
      ctx.font = cssFont(legend.fontSize, true)
      ctx.fillStyle = colours.text
      ctx.fillText(section.title, row.x, mid)
      continue
    }
    const item = section.items[row.item]
    if (!item) continue
    const box = {
      x: row.x,
      y: mid - legend.swatch.height / 2,
      width: legend.swatch.width,
      height: legend.swatch.height,
    }
    drawSwatch(ctx, item.swatch, box, colours.text)
    ctx.font = cssFont(legend.fontSize, false)
    ctx.fillStyle = colours.text
    ctx.fillText(item.label, row.x + legend.swatch.width + legend.fontSize * 0.6, mid)
  }
}

/**
 * Draws a whole figure: background, texts, the graph image fitted into its box, the legend.
 * Coordinates are the layout's; the caller may scale or translate the context first (preview,
 * tiles).
 */
export function drawFigure(
  ctx: Ctx,
  layout: FigureLayout,
  spec: FigureSpec,
  graph: GraphImage | null,
) {
  const colours = BACKGROUNDS[spec.background]
  ctx.save()
  if (colours.background) {
    ctx.fillStyle = colours.background
    ctx.fillRect(0, 0, layout.width, layout.height)
  }
  drawText(ctx, layout.title, colours.text)
  drawText(ctx, layout.subtitle, colours.muted)
  if (graph && graph.width > 0 && graph.height > 0) {
    const target = containRect(layout.graph, graph.width, graph.height)
    ctx.drawImage(graph, target.x, target.y, target.width, target.height)
  }
  drawLegend(ctx, layout, spec)
  drawText(ctx, layout.caption, colours.text)
  drawText(ctx, layout.source, colours.muted)
  ctx.restore()
}
