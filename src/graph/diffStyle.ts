import type { StylesheetJson } from 'cytoscape'
import { LABEL_FONT_FAMILY } from './encoding.ts'

/** Colours of the diff view, shared with its legend. */
export const DIFF_STYLE = {
  newGlow: '#009E73',
  ended: '#7B8794',
  endedDash: [5, 6],
  endedOpacity: 0.45,
  entered: '#007A5A',
} as const

/**
 * Styles of the diff view (classes set by `applyDiff`). Appended after the base stylesheet so
 * they win over the relation type's own dash and colour.
 */
export const DIFF_STYLESHEET: StylesheetJson = [
  {
    selector: 'edge.diff-new',
    style: {
      'underlay-color': DIFF_STYLE.newGlow,
      'underlay-padding': 6,
      'underlay-opacity': 0.45,
    },
  },
  {
    selector: 'edge.diff-ended',
    style: {
      'line-style': 'dashed',
      'line-dash-pattern': [...DIFF_STYLE.endedDash],
      'line-color': DIFF_STYLE.ended,
      'target-arrow-color': DIFF_STYLE.ended,
      opacity: DIFF_STYLE.endedOpacity,
    },
  },
  {
    selector: 'edge.diff-stronger, edge.diff-weaker',
    style: {
      label: 'data(diffMark)',
      'font-family': LABEL_FONT_FAMILY,
      'font-size': 22,
      'font-weight': 700,
      color: '#111827',
      'text-background-color': '#ffffff',
      'text-background-opacity': 1,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle',
    },
  },
  {
    selector: 'node.diff-entered',
    style: {
      'border-width': 4,
      'border-style': 'double',
      'border-color': DIFF_STYLE.entered,
      'border-opacity': 1,
    },
  },
  // The chosen actor stays recognisable in the diff view.
  {
    selector: 'node.chosen.diff-entered',
    style: { 'border-color': '#111111', 'border-style': 'solid' },
  },
]
