import type { StylesheetJson } from 'cytoscape'
import { PARTY_TYPES, RELATION_TYPES } from '../domain/vocabulary.ts'
import { DIFF_STYLESHEET } from './diffStyle.ts'
import { FACILITATOR_STYLES } from './facilitatorStyles.ts'
import { EDIT_STYLES } from './editStyles.ts'
import {
  ABSENT_OPACITY,
  LABEL_FONT_FAMILY,
  LABEL_FONT_SIZE,
  LABEL_MAX_WIDTH,
  PARTY_STYLE,
  RELATION_STYLE,
  TRANSITION_MS,
  WORLD_COLOUR,
  dashPatternFor,
} from './encoding.ts'

const STRENGTHS = [1, 2, 3] as const

/**
 * The Cytoscape stylesheet, generated once from the encodings in `encoding.ts`. Exported as
 * module constants: react-cytoscapejs re-applies the stylesheet whenever the prop's reference
 * changes, so it must never be rebuilt during render.
 */
function buildStylesheet(transitionMs: number): StylesheetJson {
  const transition =
    transitionMs > 0
      ? {
          'transition-duration': transitionMs,
          'transition-timing-function': 'ease-in-out-sine' as const,
        }
      : {}
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'background-color': '#9aa5b1',
        'border-width': 1.5,
        'border-color': '#1f2933',
        'border-opacity': 0.55,
        label: 'data(label)',
        color: '#111827',
        'font-family': LABEL_FONT_FAMILY,
        'font-size': LABEL_FONT_SIZE,
        'font-weight': 600,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 6,
        'text-wrap': 'wrap',
        'text-max-width': `${LABEL_MAX_WIDTH}px`,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.88,
        'text-background-padding': '3px',
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': 0,
        'transition-property': 'width, height, background-color, opacity, border-width',
        ...transition,
      },
    },
    ...PARTY_TYPES.map((type) => ({
      selector: `node[partyType = "${type}"]`,
      style: { 'background-color': PARTY_STYLE[type].colour, shape: PARTY_STYLE[type].shape },
    })),
    ...(['leefwereld', 'systeemwereld'] as const).map((world) => ({
      selector: `node.by-world[world = "${world}"]`,
      style: { 'background-color': WORLD_COLOUR[world] },
    })),
    {
      selector: 'node.absent',
      style: { opacity: ABSENT_OPACITY, 'border-style': 'dashed', 'border-opacity': 1 },
    },
    {
      selector: 'node.chosen',
      style: {
        'border-width': 4,
        'border-color': '#111111',
        'border-opacity': 1,
        'underlay-color': '#F0E442',
        'underlay-padding': 8,
        'underlay-opacity': 0.9,
        'underlay-shape': 'ellipse',
      },
    },
    // The keyboard focus ring: the page's focus colour, drawn outside the node; a faded
    // (absent) node is drawn in full while it has the focus, so the ring is never faint.
    {
      selector: 'node.focused',
      style: {
        opacity: 1,
        'outline-width': 5,
        'outline-color': '#0b5cad',
        'outline-offset': 4,
        'outline-opacity': 1,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'curve-style': 'bezier',
        'line-color': '#5F5F5F',
        'target-arrow-shape': 'none',
        'arrow-scale': 1.3,
        opacity: 0.9,
        'transition-property': 'width, line-color, opacity',
        ...transition,
      },
    },
    ...RELATION_TYPES.map((type) => ({
      selector: `edge[type = "${type}"]`,
      style: {
        'line-color': RELATION_STYLE[type].colour,
        'target-arrow-color': RELATION_STYLE[type].colour,
      },
    })),
    // Cytoscape does not scale dash patterns with the line width, so each strength gets its own.
    ...RELATION_TYPES.flatMap((type) => {
      const dash = RELATION_STYLE[type].dash
      if (!dash) return []
      return STRENGTHS.map((strength) => ({
        selector: `edge[type = "${type}"][strength = ${strength}]`,
        style: {
          'line-style': 'dashed' as const,
          'line-dash-pattern': dashPatternFor(dash, strength),
        },
      }))
    }),
    { selector: 'edge.directed', style: { 'target-arrow-shape': 'triangle' } },
    ...DIFF_STYLESHEET,
    ...FACILITATOR_STYLES,
    ...EDIT_STYLES,
  ]
}

export const STYLESHEET: StylesheetJson = buildStylesheet(TRANSITION_MS)
/** For users who ask their system for reduced motion: the same look, no transitions. */
export const STYLESHEET_REDUCED_MOTION: StylesheetJson = buildStylesheet(0)
