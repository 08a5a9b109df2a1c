import type { FigureLayout, Rect, TextBlock } from '../../domain/export/figureLayout.ts'
import { containRect } from './drawFigure.ts'
import { BACKGROUNDS, type FigureSpec, type Swatch } from './figureSpec.ts'
import { FIGURE_FONT } from './measure.ts'
import { shapePoints } from './shapes.ts'

/**
 * The figure as SVG: the same layout as the PNG, with every text as `<text>` (editable in
 * Inkscape or Illustrator) and the graph from cytoscape-svg nested as an `<svg>` of its own.
 */

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`)
}

const n = (value: number) => String(Math.round(value * 100) / 100)

function textBlock(block: TextBlock | null, colour: string): string {
  if (!block) return ''
  return block.lines
    .map(
      (line, i) =>
        `<text x="${n(block.x)}" y="${n(block.y + i * block.lineHeight)}" font-size="${block.fontSize}"${block.bold ? ' font-weight="700"' : ''} fill="${colour}" dominant-baseline="text-before-edge">${escapeXml(line)}</text>`,
    )
    .join('\n')
}

function swatchSvg(swatch: Swatch, r: Rect, outline: string): string {
  const unit = r.height / 10
  switch (swatch.kind) {
    case 'node': {
      const side = r.height
      const cx = r.x + r.width / 2
      const cy = r.y + side / 2
      const points = shapePoints(swatch.shape, cx, cy, side, side)
      const paint = `fill="${swatch.colour}" stroke="${outline}" stroke-width="${n(Math.max(1, unit * 0.8))}"${swatch.dashed ? ` stroke-dasharray="${n(unit * 2)} ${n(unit * 1.5)}"` : ''}${swatch.faded ? ' opacity="0.35"' : ''}`
      if (points)
        return `<polygon points="${points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" ${paint}/>`
      if (swatch.shape === 'round-rectangle')
        return `<rect x="${n(cx - side / 2)}" y="${n(r.y)}" width="${n(side)}" height="${n(side)}" rx="${n(side / 4)}" ${paint}/>`
      return `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(side / 2)}" ry="${n(side / 2)}" ${paint}/>`
    }
    case 'line': {
      const y = r.y + r.height / 2
      const scale = r.height / 20
      const end = r.x + r.width - (swatch.arrow ? unit * 4 : 0)
      const dash = swatch.dash
        ? ` stroke-dasharray="${swatch.dash.map((d) => n(d * scale)).join(' ')}"`
        : ''
      const line = `<line x1="${n(r.x)}" y1="${n(y)}" x2="${n(end)}" y2="${n(y)}" stroke="${swatch.colour}" stroke-width="${n(Math.max(1.5, (swatch.width ?? 3) * scale))}"${dash}/>`
      if (!swatch.arrow) return line
      const tip = r.x + r.width
      return `${line}<polygon points="${n(tip)},${n(y)} ${n(tip - unit * 5)},${n(y - unit * 3)} ${n(tip - unit * 5)},${n(y + unit * 3)}" fill="${swatch.colour}"/>`
    }
    case 'sizes': {
      let x = r.x
      const fit = Math.min(r.height, (r.width - 2 * unit) / 2.05)
      return [0.4, 0.65, 1]
        .map((f) => {
          const d = f * fit
          const circle = `<circle cx="${n(x + d / 2)}" cy="${n(r.y + r.height - d / 2)}" r="${n(d / 2)}" fill="${swatch.colour}"/>`
          x += d + unit
          return circle
        })
        .join('')
    }
    case 'ring':
      return `<circle cx="${n(r.x + r.width / 2)}" cy="${n(r.y + r.height / 2)}" r="${n(r.height / 2 - unit)}" fill="${swatch.fill}" stroke="${swatch.colour}" stroke-width="${n(unit * 2)}"/>`
  }
}

/** Turns cytoscape-svg's document into a nested `<svg>` placed in `rect`. */
export function nestGraphSvg(markup: string, rect: Rect): string {
  const body = markup.replace(/<\?xml[^>]*\?>/, '').replace(/<!DOCTYPE[^>]*>/i, '')
  const open = /<svg\b[^>]*>/.exec(body)
  if (!open) return ''
  const attr = (name: string) => {
    const match = new RegExp(`\\s${name}="([\\d.]+)`).exec(open[0])
    return match ? Number(match[1]) : NaN
  }
  const width = attr('width')
  const height = attr('height')
  if (!(width > 0 && height > 0)) return ''
  const target = containRect(rect, width, height)
  const rest = body.slice(open.index + open[0].length)
  return `<svg x="${n(target.x)}" y="${n(target.y)}" width="${n(target.width)}" height="${n(target.height)}" viewBox="0 0 ${n(width)} ${n(height)}" preserveAspectRatio="xMidYMid meet">${rest}`
}

export function figureSvg(layout: FigureLayout, spec: FigureSpec, graphMarkup: string): string {
  const colours = BACKGROUNDS[spec.background]
  const { legend } = layout
  const legendParts = legend.rows.map((row) => {
    const section = spec.legend[row.section]
    if (!section) return ''
    const mid = row.y + legend.rowHeight / 2
    if (row.kind === 'heading')
      return `<text x="${n(row.x)}" y="${n(mid)}" font-size="${legend.fontSize}" font-weight="700" fill="${colours.text}" dominant-baseline="central">${escapeXml(section.title)}</text>`
    const item = section.items[row.item]
    if (!item) return ''
    const box = {
      x: row.x,
      y: mid - legend.swatch.height / 2,
      width: legend.swatch.width,
      height: legend.swatch.height,
    }
    return `${swatchSvg(item.swatch, box, colours.text)}<text x="${n(row.x + legend.swatch.width + legend.fontSize * 0.6)}" y="${n(mid)}" font-size="${legend.fontSize}" fill="${colours.text}" dominant-baseline="central">${escapeXml(item.label)}</text>`
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" font-family="${escapeXml(FIGURE_FONT)}">`,
    `<title>${escapeXml(spec.metadata.title)}</title>`,
    `<desc>${escapeXml([spec.metadata.description, spec.metadata.source].filter(Boolean).join('\n'))}</desc>`,
    colours.background
      ? `<rect x="0" y="0" width="${layout.width}" height="${layout.height}" fill="${colours.background}"/>`
      : '',
    `<g id="title">${textBlock(layout.title, colours.text)}${textBlock(layout.subtitle, colours.muted)}</g>`,
    `<g id="graph">${nestGraphSvg(graphMarkup, layout.graph)}</g>`,
    `<g id="legend">${legendParts.join('\n')}</g>`,
    `<g id="caption">${textBlock(layout.caption, colours.text)}</g>`,
    `<g id="source">${textBlock(layout.source, colours.muted)}</g>`,
    '</svg>',
    '',
  ].join('\n')
}
