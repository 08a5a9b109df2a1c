import type { CaseGraph } from '../../domain/caseGraph.ts'
import { partyTypeShares } from '../../domain/export/metricsCsv.ts'
import { wrapText } from '../../domain/export/wrapText.ts'
import { PARTY_TYPES, type PartyType } from '../../domain/vocabulary.ts'
import { PARTY_STYLE } from '../encoding.ts'
import { BACKGROUNDS, type Background } from './figureSpec.ts'
import { canvasMeasure, cssFont, fontsReady } from './measure.ts'
import { renderPng } from './renderPng.ts'

export interface ShareChartTexts {
  title: string
  phaseLabel: (phaseId: string) => string
  partyLabel: (type: PartyType) => string
  source: string
  background: Background
}

const WIDTH = 1600
const HEIGHT = 900

/**
 * The share of influence per party type as stacked bars, one bar per phase, drawn on a canvas
 * of its own (the on-screen chart is SVG in the page and not part of the export).
 */
export async function shareChartPng(graph: CaseGraph, texts: ShareChartTexts): Promise<Blob> {
  await fontsReady()
  const measure = canvasMeasure()
  const colours = BACKGROUNDS[texts.background]
  const rows = partyTypeShares(graph)
  const types = PARTY_TYPES.filter((t) => rows.some((r) => r.shares[t] > 0))
  const chart = { x: 110, y: 130, width: WIDTH - 110 - 470, height: HEIGHT - 130 - 200 }
  const slot = chart.width / Math.max(1, rows.length)
  const bar = slot * 0.6
  const draw = (ctx: CanvasRenderingContext2D) => {
    if (colours.background) {
      ctx.fillStyle = colours.background
      ctx.fillRect(0, 0, WIDTH, HEIGHT)
    }
    ctx.textBaseline = 'top'
    ctx.fillStyle = colours.text
    ctx.font = cssFont(36, true)
    wrapText(texts.title, WIDTH - 120, 36, measure, { bold: true, maxLines: 2 }).forEach(
      (line, i) => ctx.fillText(line, 60, 40 + i * 44),
    )
    // Axis with 0–100 %.
    ctx.font = cssFont(18, false)
    ctx.textBaseline = 'middle'
    ctx.textAlign = 'right'
    ctx.strokeStyle = colours.muted
    ctx.lineWidth = 1
    for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
      const y = chart.y + chart.height * (1 - tick)
      ctx.fillStyle = colours.muted
      ctx.fillText(`${Math.round(tick * 100)}%`, chart.x - 12, y)
      ctx.beginPath()
      ctx.moveTo(chart.x, y)
      ctx.lineTo(chart.x + chart.width, y)
      ctx.stroke()
    }
    rows.forEach((row, i) => {
      const x = chart.x + i * slot + (slot - bar) / 2
      let y = chart.y + chart.height
      for (const type of types) {
        const h = row.shares[type] * chart.height
        if (h <= 0) continue
        y -= h
        ctx.fillStyle = PARTY_STYLE[type].colour
        ctx.fillRect(x, y, bar, h)
        if (h >= 26) {
          ctx.fillStyle = '#111827'
          ctx.textAlign = 'center'
          ctx.font = cssFont(17, true)
          ctx.fillText(`${Math.round(row.shares[type] * 100)}%`, x + bar / 2, y + h / 2)
        }
      }
      ctx.fillStyle = colours.text
      ctx.textAlign = 'center'
      ctx.textBaseline = 'top'
      ctx.font = cssFont(18, false)
      wrapText(texts.phaseLabel(row.phaseId), slot - 10, 18, measure, { maxLines: 3 }).forEach(
        (line, l) => ctx.fillText(line, x + bar / 2, chart.y + chart.height + 14 + l * 22),
      )
      ctx.textBaseline = 'middle'
    })
    ctx.textAlign = 'left'
    types.forEach((type, i) => {
      const y = chart.y + i * 40
      ctx.fillStyle = PARTY_STYLE[type].colour
      ctx.fillRect(WIDTH - 420, y, 28, 28)
      ctx.fillStyle = colours.text
      ctx.font = cssFont(20, false)
      ctx.fillText(texts.partyLabel(type), WIDTH - 380, y + 14)
    })
    ctx.textBaseline = 'top'
    ctx.fillStyle = colours.muted
    ctx.font = cssFont(15, false)
    wrapText(texts.source, WIDTH - 120, 15, measure, { maxLines: 3 }).forEach((line, i) =>
      ctx.fillText(line, 60, HEIGHT - 75 + i * 19),
    )
  }
  return renderPng({ kind: 'ok', width: WIDTH, height: HEIGHT }, draw, {
    Title: texts.title,
    Source: texts.source,
    Software: 'Wijknetwerk',
    'Creation Time': new Date().toUTCString(),
  })
}
