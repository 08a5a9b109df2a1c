import {
  PARTY_TYPES,
  type PartyType,
  RELATION_TYPES,
  type RelationType,
  type World,
} from '../../domain/vocabulary.ts'
import { DIFF_STYLE } from '../diffStyle.ts'
import { edgeWidthForStrength, PARTY_STYLE, RELATION_STYLE, WORLD_COLOUR } from '../encoding.ts'
import type { LegendModel } from '../legendModel.ts'
import type { FigureLegendItem, FigureLegendSection } from './figureSpec.ts'

/** The texts of a figure legend, from the interface language's dictionary. */
export interface FigureLegendLabels {
  partyTypes: string
  worlds: string
  relations: string
  cues: string
  partyType: Record<PartyType, string>
  relationType: Record<RelationType, string>
  world: Record<World, string>
  size: string
  strength: string
  directed: string
  absent: string
  diff: { title: string; added: string; ended: string; entered: string }
}

export interface FigureLegendOptions {
  colourMode: 'partyType' | 'world'
  /** The diff view is on and there is a previous phase: its marks are drawn and explained. */
  diff: boolean
}

const NEUTRAL = '#c3cad3'
const LINE = '#5F5F5F'

/**
 * The legend of an exported figure: what the drawn network uses (party types with colour and
 * shape, relation types with colour and line style), the size scale and other cues, and the
 * diff marks when the diff view is on. Several models (a filmstrip's phases) are merged.
 */
export function figureLegend(
  models: readonly LegendModel[],
  labels: FigureLegendLabels,
  options: FigureLegendOptions,
): FigureLegendSection[] {
  const parties = new Set(models.flatMap((m) => m.partyTypes))
  const relations = new Set(models.flatMap((m) => m.relationTypes))
  const worlds = new Set(models.flatMap((m) => m.worlds))
  const byWorld = options.colourMode === 'world'
  const sections: FigureLegendSection[] = []
  if (byWorld)
    sections.push({
      title: labels.worlds,
      items: (['leefwereld', 'systeemwereld'] as const)
        .filter((w) => worlds.has(w))
        .map((w) => ({
          label: labels.world[w],
          swatch: { kind: 'node', shape: 'ellipse', colour: WORLD_COLOUR[w] },
        })),
    })
  sections.push({
    title: labels.partyTypes,
    items: PARTY_TYPES.filter((p) => parties.has(p)).map((p) => ({
      label: labels.partyType[p],
      swatch: {
        kind: 'node',
        shape: PARTY_STYLE[p].shape,
        colour: byWorld ? NEUTRAL : PARTY_STYLE[p].colour,
      },
    })),
  })
  if (relations.size > 0)
    sections.push({
      title: labels.relations,
      items: RELATION_TYPES.filter((r) => relations.has(r)).map((r) => ({
        label: labels.relationType[r],
        swatch: { kind: 'line', colour: RELATION_STYLE[r].colour, dash: RELATION_STYLE[r].dash },
      })),
    })
  const cues: FigureLegendItem[] = [
    { label: labels.size, swatch: { kind: 'sizes', colour: NEUTRAL } },
  ]
  if (relations.size > 0)
    cues.push({
      label: labels.strength,
      swatch: { kind: 'line', colour: LINE, dash: null, width: edgeWidthForStrength(3) },
    })
  if (models.some((m) => m.hasDirected))
    cues.push({
      label: labels.directed,
      swatch: { kind: 'line', colour: LINE, dash: null, arrow: true },
    })
  if (models.some((m) => m.hasAbsent))
    cues.push({
      label: labels.absent,
      swatch: { kind: 'node', shape: 'ellipse', colour: NEUTRAL, dashed: true, faded: true },
    })
  sections.push({ title: labels.cues, items: cues })
  if (options.diff)
    sections.push({
      title: labels.diff.title,
      items: [
        {
          label: labels.diff.added,
          swatch: { kind: 'line', colour: DIFF_STYLE.newGlow, dash: null, width: 6 },
        },
        {
          label: labels.diff.ended,
          swatch: { kind: 'line', colour: DIFF_STYLE.ended, dash: DIFF_STYLE.endedDash },
        },
        {
          label: labels.diff.entered,
          swatch: { kind: 'ring', colour: DIFF_STYLE.entered, fill: NEUTRAL },
        },
      ],
    })
  return sections
}
