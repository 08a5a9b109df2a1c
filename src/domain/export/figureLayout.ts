import type { PixelSize } from './presets.ts'
import { type Measure, wrapText } from './wrapText.ts'

/**
 * Where each part of an exported figure goes: title and subtitle on top, the source line at
 * the bottom with the caption above it, the graph in the middle and the legend beside it
 * (landscape) or under it (portrait). Pure arithmetic on sizes and measured text widths, so
 * the canvas, the SVG and the preview all draw the same composition.
 */

export interface FigureTexts {
  title: string
  subtitle: string
  caption: string
  source: string
}

export interface LegendSectionSpec {
  title: string
  items: readonly { label: string }[]
}

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface TextBlock {
  x: number
  /** Top of the first line. */
  y: number
  fontSize: number
  lineHeight: number
  bold: boolean
  lines: string[]
}

/** One row of the legend: a section heading, or an item (swatch and label) of a section. */
export type LegendRow =
  | { kind: 'heading'; section: number; x: number; y: number }
  | { kind: 'item'; section: number; item: number; x: number; y: number }

export interface LegendLayout {
  rect: Rect
  fontSize: number
  rowHeight: number
  /** Width and height of the swatch before an item's label. */
  swatch: { width: number; height: number }
  columns: number
  columnWidth: number
  rows: LegendRow[]
}

export interface FigureLayout {
  width: number
  height: number
  orientation: 'landscape' | 'portrait'
  margin: number
  title: TextBlock
  subtitle: TextBlock | null
  graph: Rect
  legend: LegendLayout
  caption: TextBlock | null
  source: TextBlock
}

const MIN_FONT = 8

function block(
  text: string,
  x: number,
  y: number,
  maxWidth: number,
  fontSize: number,
  measure: Measure,
  bold: boolean,
  maxLines: number,
): TextBlock {
  return {
    x,
    y,
    fontSize,
    lineHeight: Math.round(fontSize * 1.25),
    bold,
    lines: wrapText(text, maxWidth, fontSize, measure, { bold, maxLines }),
  }
}

const blockHeight = (b: TextBlock | null) => (b ? b.lines.length * b.lineHeight : 0)

interface LegendMetrics {
  fontSize: number
  rowHeight: number
  swatch: { width: number; height: number }
  columnWidth: number
  rowCount: number
}

function legendMetrics(
  sections: readonly LegendSectionSpec[],
  fontSize: number,
  measure: Measure,
): LegendMetrics {
  const swatch = { width: Math.round(fontSize * 2.4), height: Math.round(fontSize * 1.3) }
  const gap = fontSize * 0.6
  let widest = 0
  let rowCount = 0
  for (const section of sections) {
    rowCount += 1 + section.items.length
    widest = Math.max(widest, measure(section.title, fontSize, true))
    for (const item of section.items)
      widest = Math.max(widest, swatch.width + gap + measure(item.label, fontSize, false))
  }
  return {
    fontSize,
    rowHeight: Math.round(fontSize * 1.75),
    swatch,
    columnWidth: Math.ceil(widest + fontSize * 1.5),
    rowCount,
  }
}

/** Places the legend's rows column by column (top to bottom, then left to right). */
function placeRows(
  sections: readonly LegendSectionSpec[],
  rect: Rect,
  metrics: LegendMetrics,
  columns: number,
): LegendRow[] {
  const perColumn = Math.max(1, Math.ceil(metrics.rowCount / columns))
  const rows: LegendRow[] = []
  let index = 0
  const at = () => {
    const column = Math.floor(index / perColumn)
    const row = index % perColumn
    index++
    return { x: rect.x + column * metrics.columnWidth, y: rect.y + row * metrics.rowHeight }
  }
  sections.forEach((section, s) => {
    rows.push({ kind: 'heading', section: s, ...at() })
    section.items.forEach((_, i) => rows.push({ kind: 'item', section: s, item: i, ...at() }))
  })
  return rows
}

/**
 * The layout of a figure of `size` pixels. `measure` gives text widths for the fonts that will
 * be drawn, so lines wrap where the drawing will wrap them.
 */
export function layoutFigure(
  size: PixelSize,
  texts: FigureTexts,
  legend: readonly LegendSectionSpec[],
  measure: Measure,
): FigureLayout {
  const { width, height } = size
  const orientation = width >= height ? 'landscape' : 'portrait'
  const unit = Math.min(width, height) / 100
  const margin = Math.round(unit * 4)
  const gap = Math.round(unit * 2)
  const inner = width - 2 * margin
  const font = (factor: number) => Math.max(MIN_FONT, Math.round(unit * factor))

  const title = block(texts.title, margin, margin, inner, font(4.4), measure, true, 2)
  let top = margin + blockHeight(title)
  const subtitle = texts.subtitle.trim()
    ? block(texts.subtitle, margin, top + gap / 2, inner, font(2.6), measure, false, 2)
    : null
  if (subtitle) top = subtitle.y + blockHeight(subtitle)
  top += gap

  const sourceProbe = block(texts.source, margin, 0, inner, font(1.6), measure, false, 3)
  const sourceY = height - margin - blockHeight(sourceProbe)
  const source = { ...sourceProbe, y: sourceY }
  let bottom = sourceY - gap / 2
  let caption: TextBlock | null = null
  if (texts.caption.trim()) {
    const probe = block(texts.caption, margin, 0, inner, font(2.2), measure, false, 4)
    caption = { ...probe, y: bottom - blockHeight(probe) }
    bottom = caption.y - gap / 2
  }
  bottom -= gap / 2
  const band = Math.max(1, bottom - top)

  let legendFont = font(2)
  let metrics = legendMetrics(legend, legendFont, measure)
  let legendRect: Rect
  let columns = 1
  let graph: Rect
  if (orientation === 'landscape') {
    // Beside the graph: as many columns as its height needs, shrinking the font past 45 %.
    for (;;) {
      columns = Math.max(1, Math.ceil((metrics.rowCount * metrics.rowHeight) / band))
      if (columns * metrics.columnWidth <= inner * 0.45 || legendFont <= MIN_FONT) break
      legendFont = Math.max(MIN_FONT, Math.floor(legendFont * 0.9))
      metrics = legendMetrics(legend, legendFont, measure)
    }
    const legendWidth = Math.min(columns * metrics.columnWidth, Math.round(inner * 0.45))
    const rows = Math.ceil(metrics.rowCount / columns)
    legendRect = {
      x: width - margin - legendWidth,
      y: top,
      width: legendWidth,
      height: Math.min(band, rows * metrics.rowHeight),
    }
    graph = { x: margin, y: top, width: Math.max(1, inner - legendWidth - gap), height: band }
  } else {
    // Under the graph: as many columns as fit across, using at most 40 % of the height.
    for (;;) {
      columns = Math.max(1, Math.min(metrics.rowCount, Math.floor(inner / metrics.columnWidth)))
      const rows = Math.ceil(metrics.rowCount / columns)
      if (rows * metrics.rowHeight <= band * 0.4 || legendFont <= MIN_FONT) break
      legendFont = Math.max(MIN_FONT, Math.floor(legendFont * 0.9))
      metrics = legendMetrics(legend, legendFont, measure)
    }
    const rows = Math.ceil(metrics.rowCount / columns)
    const legendHeight = Math.min(Math.round(band * 0.4), rows * metrics.rowHeight)
    legendRect = { x: margin, y: bottom - legendHeight, width: inner, height: legendHeight }
    graph = { x: margin, y: top, width: inner, height: Math.max(1, band - legendHeight - gap) }
  }

  return {
    width,
    height,
    orientation,
    margin,
    title,
    subtitle,
    graph,
    legend: {
      rect: legendRect,
      fontSize: metrics.fontSize,
      rowHeight: metrics.rowHeight,
      swatch: metrics.swatch,
      columns,
      columnWidth: metrics.columnWidth,
      rows: placeRows(legend, legendRect, metrics, columns),
    },
    caption,
    source,
  }
}

export interface FilmstripPanel {
  /** The phase label above the panel. */
  label: TextBlock
  graph: Rect
}

/**
 * Splits the graph box of a figure into `count` panels side by side, each with a label row on
 * top, separated by `gap`. Every panel has the same size, so phases line up.
 */
export function filmstripPanels(
  box: Rect,
  labels: readonly string[],
  fontSize: number,
  measure: Measure,
): FilmstripPanel[] {
  const count = Math.max(1, labels.length)
  const gap = Math.round(fontSize * 1.2)
  const width = (box.width - gap * (count - 1)) / count
  const lineHeight = Math.round(fontSize * 1.25)
  const wrapped = labels.map((text) =>
    wrapText(text, width, fontSize, measure, { bold: true, maxLines: 2 }),
  )
  // As many label lines as the longest label needs, the same for all panels.
  const labelHeight = lineHeight * Math.max(1, ...wrapped.map((lines) => lines.length))
  return labels.map((_, i) => {
    const x = box.x + i * (width + gap)
    return {
      label: { x, y: box.y, fontSize, lineHeight, bold: true, lines: wrapped[i] ?? [] },
      graph: {
        x,
        y: box.y + labelHeight + gap / 2,
        width: Math.max(1, width),
        height: Math.max(1, box.height - labelHeight - gap / 2),
      },
    }
  })
}
