import { z } from 'zod'
import { PARTY_TYPES, RELATION_TYPES } from '../vocabulary.ts'

export const STORYBOARD_FORMAT = 'wijknetwerk-storyboard'
/** Version 2 added filters and allowed two spotlighted actors (version 1 had `spotlight: id | null`). */
export const STORYBOARD_VERSION = 2

/** Zoom and pan, with the canvas size they were saved at (so another screen shows the same part). */
const ViewportSchema = z.object({
  zoom: z.number().positive().max(100),
  pan: z.object({ x: z.number(), y: z.number() }),
  width: z.number().positive(),
  height: z.number().positive(),
})

export const SlideFiltersSchema = z.object({
  hiddenPartyTypes: z.array(z.enum(PARTY_TYPES)),
  hiddenRelationTypes: z.array(z.enum(RELATION_TYPES)),
  minInfluence: z.number().int().min(0).max(8),
  minStrength: z.number().int().min(1).max(3),
  expand: z
    .object({ actorId: z.string().min(1), depth: z.union([z.literal(1), z.literal(2)]) })
    .nullable(),
})

/** One saved view of the network. */
export const SlideViewSchema = z.object({
  caseId: z.string().min(1),
  phaseId: z.string().min(1),
  diff: z.boolean(),
  /** A node size measure id; an unknown one falls back to influence when shown. */
  sizeBy: z.string().min(1),
  spotlight: z.array(z.string().min(1)).max(2),
  filters: SlideFiltersSchema,
  /** Zoom and pan; null fits the whole network. */
  viewport: ViewportSchema.nullable(),
})

export const SlideSchema = z.object({
  id: z.string().min(1),
  title: z.string().max(200),
  note: z.string().max(5000),
  view: SlideViewSchema,
})

export const StoryboardSchema = z.object({
  format: z.literal(STORYBOARD_FORMAT),
  version: z.literal(STORYBOARD_VERSION),
  title: z.string().max(200),
  slides: z.array(SlideSchema).max(200),
})

export type SlideFilters = z.infer<typeof SlideFiltersSchema>
export type SlideView = z.infer<typeof SlideViewSchema>
export type Slide = z.infer<typeof SlideSchema>
export type Storyboard = z.infer<typeof StoryboardSchema>

export const EMPTY_STORYBOARD: Storyboard = {
  format: STORYBOARD_FORMAT,
  version: STORYBOARD_VERSION,
  title: '',
  slides: [],
}
