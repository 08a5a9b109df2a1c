import { describe, expect, it } from 'vitest'
import {
  type FigureLayout,
  filmstripPanels,
  layoutFigure,
  type LegendSectionSpec,
  type Rect,
} from '../../../src/domain/export/figureLayout.ts'
import { SIZE_PRESETS, type SizePresetId } from '../../../src/domain/export/presets.ts'
import type { Measure } from '../../../src/domain/export/wrapText.ts'

/** A fixed advance per character: wide enough to make long texts wrap. */
const measure: Measure = (text, size, bold) => text.length * size * (bold ? 0.62 : 0.55)

const legend: LegendSectionSpec[] = [
  { title: 'Partijen', items: ['Burgers', 'Overheid', 'Markt'].map((label) => ({ label })) },
  { title: 'Relaties', items: ['Samenwerking', 'Financiering'].map((label) => ({ label })) },
  { title: 'Lezen', items: [{ label: 'Grootte = invloed in deze fase' }] },
]

const texts = {
  title: 'Ik Geef om de Jan Eef — Fase 2: Bewoners komen in actie',
  subtitle: 'Na een dodelijke overval starten bewoners pop-upwinkeldagen',
  caption: 'Bewoners nemen de regie over van de corporaties.',
  source: 'Plekken van hoop en verandering · Herkomst: Illustratief · 27 november 2026',
}

const inside = (inner: Rect, outer: { width: number; height: number }) =>
  inner.x >= 0 &&
  inner.y >= 0 &&
  inner.x + inner.width <= outer.width + 0.5 &&
  inner.y + inner.height <= outer.height + 0.5

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

function bottomOf(block: FigureLayout['title']) {
  return block.y + block.lines.length * block.lineHeight
}

describe('layoutFigure', () => {
  it.each(Object.keys(SIZE_PRESETS) as SizePresetId[])(
    'keeps every part of the %s figure inside the image and apart',
    (preset) => {
      const size = SIZE_PRESETS[preset]
      const layout = layoutFigure(size, texts, legend, measure)
      expect(layout.width).toBe(size.width)
      expect(layout.height).toBe(size.height)
      expect(inside(layout.graph, size)).toBe(true)
      expect(inside(layout.legend.rect, size)).toBe(true)
      expect(overlaps(layout.graph, layout.legend.rect)).toBe(false)
      // Title (and subtitle) above the graph; caption and source below it, source last.
      expect(bottomOf(layout.subtitle ?? layout.title)).toBeLessThanOrEqual(layout.graph.y)
      expect(layout.caption).not.toBeNull()
      expect(layout.graph.y + layout.graph.height).toBeLessThanOrEqual(layout.caption?.y ?? 0)
      expect(bottomOf(layout.caption ?? layout.title)).toBeLessThanOrEqual(layout.source.y)
      expect(bottomOf(layout.source)).toBeLessThanOrEqual(size.height)
      // The graph gets the largest share of the image.
      expect(layout.graph.width * layout.graph.height).toBeGreaterThan(
        0.35 * size.width * size.height,
      )
    },
  )

  it('puts the legend beside the graph in landscape and under it in portrait', () => {
    const landscape = layoutFigure(SIZE_PRESETS.slides, texts, legend, measure)
    expect(landscape.orientation).toBe('landscape')
    expect(landscape.legend.rect.x).toBeGreaterThanOrEqual(
      landscape.graph.x + landscape.graph.width,
    )
    const portrait = layoutFigure(SIZE_PRESETS['a4-portrait'], texts, legend, measure)
    expect(portrait.orientation).toBe('portrait')
    expect(portrait.legend.rect.y).toBeGreaterThanOrEqual(portrait.graph.y + portrait.graph.height)
  })

  it('places one row per heading and item, all inside the legend box', () => {
    const layout = layoutFigure(SIZE_PRESETS['a3-landscape'], texts, legend, measure)
    const rows = layout.legend.rows
    expect(rows).toHaveLength(legend.length + legend.reduce((n, s) => n + s.items.length, 0))
    expect(rows.filter((r) => r.kind === 'heading').map((r) => r.section)).toEqual([0, 1, 2])
    const { rect, rowHeight } = layout.legend
    for (const row of rows) {
      expect(row.x).toBeGreaterThanOrEqual(rect.x)
      expect(row.y + rowHeight).toBeLessThanOrEqual(rect.y + rect.height + 0.5)
    }
  })

  it('scales text with the image: 4K draws twice the slide sizes', () => {
    const slide = layoutFigure(SIZE_PRESETS.slides, texts, legend, measure)
    const uhd = layoutFigure(SIZE_PRESETS['4k'], texts, legend, measure)
    expect(uhd.title.fontSize).toBeCloseTo(slide.title.fontSize * 2, -1)
    expect(uhd.margin).toBe(slide.margin * 2)
  })

  it('wraps a long title into at most two lines and leaves out an empty caption', () => {
    const long = { ...texts, title: 'Een heel lange titel '.repeat(20), caption: '  ' }
    const layout = layoutFigure({ width: 800, height: 600 }, long, legend, measure)
    expect(layout.title.lines).toHaveLength(2)
    expect(layout.title.lines[1]?.endsWith('…')).toBe(true)
    expect(layout.caption).toBeNull()
  })

  it('splits a long legend into columns beside the graph of a wide, low image', () => {
    const many: LegendSectionSpec[] = [
      {
        title: 'Partijen',
        items: Array.from({ length: 30 }, (_, i) => ({ label: `Partij ${i}` })),
      },
    ]
    const layout = layoutFigure({ width: 2400, height: 600 }, texts, many, measure)
    expect(layout.legend.columns).toBeGreaterThan(1)
    expect(overlaps(layout.graph, layout.legend.rect)).toBe(false)
  })
})

describe('filmstripPanels', () => {
  it('gives every phase a panel of the same size, side by side without overlap', () => {
    const box = { x: 40, y: 100, width: 3000, height: 800 }
    const panels = filmstripPanels(box, ['Fase 1', 'Fase 2', 'Fase 3', 'Fase 4'], 20, measure)
    expect(panels).toHaveLength(4)
    const sizes = new Set(panels.map((p) => `${p.graph.width}×${p.graph.height}`))
    expect(sizes.size).toBe(1)
    panels.slice(1).forEach((panel, i) => {
      const before = panels[i]?.graph as Rect
      expect(panel.graph.x).toBeGreaterThan(before.x + before.width)
    })
    const last = panels[3]?.graph as Rect
    expect(last.x + last.width).toBeCloseTo(box.x + box.width, 5)
    expect(panels[0]?.label.lines).toEqual(['Fase 1'])
    expect(panels[0]?.graph.y).toBeGreaterThan(box.y)
  })
})
