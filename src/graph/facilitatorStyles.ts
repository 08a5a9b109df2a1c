import type { NodeSingular, StylesheetJson } from 'cytoscape'
import { RELATION_TYPES, type RelationType } from '../domain/vocabulary.ts'

/**
 * Styles for facilitator mode: the projector theme, spotlight and label thinning. They are
 * selected by classes the facilitator layer (facilitatorLayer.ts) sets on elements, and by
 * `data(fmFont)`, the label size it keeps at a fixed on-screen size whatever the zoom.
 */

/** Labels are drawn at this many CSS px on screen in presentation mode. */
export const PROJECTOR_LABEL_PX = 26
/** Wrapping width of a label on screen, in CSS px. */
export const PROJECTOR_WRAP_PX = 230
/** Edge labels of the spotlight outside presentation mode, in model units. */
const TIE_LABEL_SIZE = 13

export const FM = {
  present: 'fm-present',
  dark: 'fm-dark',
  labelHidden: 'fm-label-hidden',
  dim: 'fm-dim',
  lit: 'fm-lit',
  focus: 'fm-focus',
  tieLabel: 'fm-tie-label',
  buildUp: 'fm-build-up',
} as const

/** Brighter relation colours for the dark theme: each at least 3:1 against its background. */
const DARK_RELATION_COLOUR: Record<RelationType, string> = {
  financiering: '#F5B82E',
  mandaat: '#6CC4F5',
  samenwerking: '#2FD39F',
  advies: '#E59BC4',
  dienstverlening: '#A8DCFF',
  eigendom: '#C9CED6',
  conflict: '#FF8A4C',
}

/** Projector edge widths per strength 1–3: readable from the back row. */
const PROJECTOR_EDGE_WIDTH = { 1: 4, 2: 6.5, 3: 9 } as const

export const FACILITATOR_STYLES: StylesheetJson = [
  {
    selector: `node.${FM.present}`,
    style: {
      'font-size': 'data(fmFont)',
      'text-max-width': 'data(fmWrap)',
      'font-weight': 700,
      'text-margin-y': (node: NodeSingular) => Number(node.data('fmMargin')) || 6,
      'text-background-opacity': 0.94,
      'border-width': 2.5,
      'border-opacity': 0.9,
    },
  },
  ...([1, 2, 3] as const).map((strength) => ({
    selector: `edge.${FM.present}[strength = ${strength}]`,
    style: { width: PROJECTOR_EDGE_WIDTH[strength], opacity: 1 },
  })),
  {
    selector: `node.${FM.dark}`,
    style: {
      color: '#F9FAFB',
      'text-background-color': '#0B1220',
      'border-color': '#F9FAFB',
    },
  },
  ...RELATION_TYPES.map((type) => ({
    selector: `edge.${FM.dark}[type = "${type}"]`,
    style: {
      'line-color': DARK_RELATION_COLOUR[type],
      'target-arrow-color': DARK_RELATION_COLOUR[type],
    },
  })),
  // Transparent text keeps the label's box, so the overlap check sees the same boxes each time.
  { selector: `node.${FM.labelHidden}`, style: { 'text-opacity': 0 } },
  { selector: `.${FM.dim}`, style: { opacity: 0.14 } },
  { selector: `node.${FM.lit}`, style: { opacity: 1 } },
  { selector: `edge.${FM.lit}`, style: { opacity: 1, 'z-index': 10 } },
  {
    selector: `node.${FM.focus}`,
    style: {
      'border-width': 5,
      'border-color': '#111111',
      'border-opacity': 1,
      'underlay-color': '#F0E442',
      'underlay-padding': 10,
      'underlay-opacity': 0.95,
      'underlay-shape': 'ellipse',
      'z-index': 20,
    },
  },
  {
    selector: `edge.${FM.tieLabel}`,
    style: {
      label: 'data(fmTie)',
      'font-family': 'system-ui, "Liberation Sans", Arial, sans-serif',
      'font-size': TIE_LABEL_SIZE,
      'font-weight': 600,
      color: '#111827',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.94,
      'text-background-padding': '2px',
      'text-rotation': 'none',
    },
  },
  {
    selector: `edge.${FM.tieLabel}.${FM.present}`,
    style: { 'font-size': 'data(fmTieFont)' },
  },
  {
    selector: `edge.${FM.tieLabel}.${FM.dark}`,
    style: { color: '#F9FAFB', 'text-background-color': '#0B1220' },
  },
  // Build-up: new relations fade in first (400 ms), then the actors grow or shrink.
  { selector: `node.${FM.buildUp}`, style: { 'transition-delay': 450 } },
]
