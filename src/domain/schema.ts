import { z } from 'zod'
import {
  INFLUENCE_MAX,
  INFLUENCE_MIN,
  PARTY_TYPES,
  PROVENANCE_KINDS,
  RELATION_TYPES,
  ROLES,
  SETTINGS,
  STRENGTH_MAX,
  STRENGTH_MIN,
  THEMES,
} from './vocabulary.ts'

/**
 * The dataset schema: the shape of `data/dataset.json` and of every dataset the app reads.
 * Shape only; the rules that relate records to each other (references, order, uniqueness)
 * live in `validate.ts`. `data/dataset.schema.json` is generated from this file.
 */

export const DATASET_FORMAT = 'wijknetwerk-dataset'
export const DATASET_VERSION = 1

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lower-case slug: a–z, 0–9 and hyphens')
  .max(80)
const text = z.string().trim().min(1, 'must not be empty')
/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')

export const ProvenanceSchema = z
  .object({
    kind: z.enum(PROVENANCE_KINDS),
    /** Ids of entries in `sources`; required for `public-source`. */
    sources: z.array(id).optional(),
    /** Why this is marked so, or what the source says, in a sentence. */
    note: z.string().optional(),
  })
  .describe('Where a record comes from: the review, a cited public source, or invented to teach.')

export const SourceSchema = z.object({
  id,
  title: text,
  publisher: z.string().optional(),
  year: z.number().int().optional(),
  url: z.url().optional(),
  accessed: partialDate.optional(),
})

export const PeriodSchema = z.object({ start: partialDate.optional(), end: partialDate.optional() })

export const ActorSchema = z
  .object({
    id,
    /** Dutch display name: an organisation or a role, never a person's name. */
    label: text,
    labelEn: z.string().optional(),
    partyType: z.enum(PARTY_TYPES),
    /** A recurring kind of actor across cases, e.g. 'gemeente', 'woningcorporatie'. */
    category: id.optional(),
    description: z.string().optional(),
    descriptionEn: z.string().optional(),
    provenance: ProvenanceSchema,
  })
  .describe('An organisation, group or role. Shared across cases where the same party appears.')

export const PhaseSchema = z.object({
  id,
  /** 1-based position in the case; phases are listed in this order. */
  order: z.number().int().min(1),
  label: text,
  labelEn: z.string().optional(),
  period: PeriodSchema.optional(),
  /** One line for captions: what this phase is about. */
  story: z.string().optional(),
  storyEn: z.string().optional(),
  /** What changed in this phase, in a few sentences. */
  narrative: text,
  narrativeEn: z.string().optional(),
  provenance: ProvenanceSchema,
})

export const PositionSchema = z.object({
  phase: id,
  roles: z.array(z.enum(ROLES)).max(ROLES.length),
  /** Net-Map influence tower: 0 (none) to 8 (decisive). */
  influence: z.number().int().min(INFLUENCE_MIN).max(INFLUENCE_MAX),
  provenance: ProvenanceSchema,
})

export const ParticipantSchema = z
  .object({
    actor: id,
    /** Why this party takes part (drijfveer). */
    motive: text,
    motiveEn: z.string().optional(),
    provenance: ProvenanceSchema,
    /** The phases in which this actor takes part, with its roles and influence there. */
    positions: z.array(PositionSchema).min(1),
  })
  .describe('An actor in one case: its motive, and its roles and influence per phase.')

export const RelationSchema = z.object({
  id,
  type: z.enum(RELATION_TYPES),
  source: id,
  target: id,
  directed: z.boolean(),
  strength: z.number().int().min(STRENGTH_MIN).max(STRENGTH_MAX),
  /** Ids of the phases of this case in which the relation holds. */
  phases: z.array(id).min(1),
  label: z.string().optional(),
  labelEn: z.string().optional(),
  provenance: ProvenanceSchema,
})

export const CaseSchema = z.object({
  id,
  title: text,
  titleEn: text,
  theme: z.enum(THEMES),
  city: text,
  area: z.string().optional(),
  setting: z.enum(SETTINGS),
  period: PeriodSchema.optional(),
  summary: text,
  summaryEn: text,
  outcome: text,
  outcomeEn: z.string().optional(),
  pitfalls: z.array(text),
  pitfallsEn: z.array(z.string()).optional(),
  lessons: z.array(text),
  lessonsEn: z.array(z.string()).optional(),
  provenance: ProvenanceSchema,
  phases: z.array(PhaseSchema).min(1),
  participants: z.array(ParticipantSchema),
  relations: z.array(RelationSchema),
})

export const DatasetSchema = z.object({
  format: z.literal(DATASET_FORMAT),
  version: z.literal(DATASET_VERSION),
  title: text,
  /** Shown in the app and on every exported figure. */
  disclaimer: text,
  disclaimerEn: z.string().optional(),
  sources: z.array(SourceSchema),
  actors: z.array(ActorSchema),
  cases: z.array(CaseSchema),
})

export type Provenance = z.infer<typeof ProvenanceSchema>
export type Source = z.infer<typeof SourceSchema>
export type Period = z.infer<typeof PeriodSchema>
export type Actor = z.infer<typeof ActorSchema>
export type Phase = z.infer<typeof PhaseSchema>
export type Position = z.infer<typeof PositionSchema>
export type Participant = z.infer<typeof ParticipantSchema>
export type Relation = z.infer<typeof RelationSchema>
export type Case = z.infer<typeof CaseSchema>
export type Dataset = z.infer<typeof DatasetSchema>
