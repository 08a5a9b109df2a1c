import type { FigureTexts, LegendSectionSpec } from '../../domain/export/figureLayout.ts'
import type { NodeShape } from '../encoding.ts'

/** What a legend item shows before its label, drawn the same way on canvas and in SVG. */
export type Swatch =
  | { kind: 'node'; colour: string; shape: NodeShape; dashed?: boolean; faded?: boolean }
  | {
      kind: 'line'
      colour: string
      dash: readonly number[] | null
      width?: number
      arrow?: boolean
    }
  /** Three nodes of growing size: the influence scale. */
  | { kind: 'sizes'; colour: string }
  /** A ring around a node: how a changed node is marked. */
  | { kind: 'ring'; colour: string; fill: string }

export interface FigureLegendItem {
  label: string
  swatch: Swatch
}

export interface FigureLegendSection extends LegendSectionSpec {
  items: readonly FigureLegendItem[]
}

export type Background = 'white' | 'dark' | 'transparent'

export interface FigureColours {
  background: string | null
  text: string
  muted: string
}

export const BACKGROUNDS: Record<Background, FigureColours> = {
  white: { background: '#ffffff', text: '#111827', muted: '#4b5563' },
  dark: { background: '#111827', text: '#f9fafb', muted: '#d1d5db' },
  transparent: { background: null, text: '#111827', muted: '#4b5563' },
}

/** Everything drawn around the graph: texts, legend and background. */
export interface FigureSpec {
  texts: FigureTexts
  legend: readonly FigureLegendSection[]
  background: Background
  /** Written into the PNG's tEXt chunks. */
  metadata: { title: string; description: string; source: string }
}
