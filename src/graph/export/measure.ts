import type { Measure } from '../../domain/export/wrapText.ts'
import { LABEL_FONT_FAMILY } from '../encoding.ts'

/** The figure's font: the app's own sans-serif stack, as on the canvas. */
export const FIGURE_FONT = LABEL_FONT_FAMILY

export const cssFont = (size: number, bold: boolean) =>
  `${bold ? 700 : 400} ${size}px ${FIGURE_FONT}`

/** Measures text as the canvas will draw it. Call after `document.fonts.ready`. */
export function canvasMeasure(): Measure {
  const ctx = document.createElement('canvas').getContext('2d')
  if (!ctx) return (text, size) => text.length * size * 0.55
  return (text, size, bold) => {
    ctx.font = cssFont(size, bold)
    return ctx.measureText(text).width
  }
}

/** Waits for the page's fonts, so measuring and drawing use them and not a fallback. */
export async function fontsReady(): Promise<void> {
  if (typeof document !== 'undefined' && document.fonts) await document.fonts.ready
}
