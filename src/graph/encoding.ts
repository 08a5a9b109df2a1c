import {
  INFLUENCE_MAX,
  INFLUENCE_MIN,
  type PartyType,
  type RelationType,
  STRENGTH_MAX,
  STRENGTH_MIN,
  type World,
} from '../domain/vocabulary.ts'
import { clamp } from '../lib/clamp.ts'

/**
 * The visual encodings of the network, shared by the stylesheet and the legend so the two can
 * never disagree. Colours are the Okabe–Ito palette (safe for the common colour-vision
 * deficiencies); every party type also has its own shape, so colour is never the only cue.
 */

export type NodeShape =
  'ellipse' | 'hexagon' | 'diamond' | 'round-rectangle' | 'triangle' | 'rhomboid'

export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const

export const PARTY_STYLE: Record<PartyType, { colour: string; shape: NodeShape }> = {
  burgers: { colour: OKABE_ITO.orange, shape: 'ellipse' },
  maatschappelijk: { colour: OKABE_ITO.bluishGreen, shape: 'hexagon' },
  markt: { colour: OKABE_ITO.vermillion, shape: 'diamond' },
  overheid: { colour: OKABE_ITO.blue, shape: 'round-rectangle' },
  kennis: { colour: OKABE_ITO.reddishPurple, shape: 'triangle' },
  professionals: { colour: OKABE_ITO.skyBlue, shape: 'rhomboid' },
}

export const WORLD_COLOUR: Record<World, string> = {
  leefwereld: OKABE_ITO.orange,
  systeemwereld: OKABE_ITO.blue,
}

/** Dash patterns in px (as SVG stroke-dasharray and Cytoscape line-dash-pattern); null = solid. */
export const RELATION_STYLE: Record<
  RelationType,
  { colour: string; dash: readonly number[] | null }
> = {
  // Darker tones of the same palette: thin lines need 3:1 contrast against the white canvas.
  financiering: { colour: '#9C6B00', dash: null },
  mandaat: { colour: OKABE_ITO.blue, dash: [12, 5] },
  samenwerking: { colour: '#007A5A', dash: null },
  advies: { colour: '#A8507E', dash: [6, 5] },
  dienstverlening: { colour: '#3C8DBC', dash: [2, 5] },
  eigendom: { colour: '#5F5F5F', dash: [12, 4, 2, 4] },
  conflict: { colour: '#C04A00', dash: [4, 3] },
}

export const NODE_SIZE_MIN = 24
export const NODE_SIZE_MAX = 72
/** Absent actors keep their place as a small faded marker. */
export const NODE_SIZE_ABSENT = 20

/** Node diameter for an influence score: linear from 0 (smallest) to 8 (largest). */
export function nodeSizeForInfluence(influence: number): number {
  const t =
    (clamp(influence, INFLUENCE_MIN, INFLUENCE_MAX) - INFLUENCE_MIN) /
    (INFLUENCE_MAX - INFLUENCE_MIN)
  return Math.round(NODE_SIZE_MIN + t * (NODE_SIZE_MAX - NODE_SIZE_MIN))
}

/** Edge width for a relation strength 1–3. */
export function edgeWidthForStrength(strength: number): number {
  const t =
    (clamp(strength, STRENGTH_MIN, STRENGTH_MAX) - STRENGTH_MIN) / (STRENGTH_MAX - STRENGTH_MIN)
  return Math.round((2 + t * 4) * 10) / 10
}

/** A relation's dash pattern stretched for its line width, so thick dashes stay readable. */
export function dashPatternFor(dash: readonly number[], strength: number): number[] {
  const factor = 1 + (clamp(strength, STRENGTH_MIN, STRENGTH_MAX) - STRENGTH_MIN) * 0.5
  return dash.map((length) => length * factor)
}

export const ABSENT_OPACITY = 0.28
export const LABEL_FONT_SIZE = 17
export const LABEL_MAX_WIDTH = 140
export const LABEL_FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif'
export const TRANSITION_MS = 400
