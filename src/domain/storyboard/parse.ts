import { jsonPath } from '../issues.ts'
import { parseJson } from '../../lib/parseJson.ts'
import {
  STORYBOARD_FORMAT,
  STORYBOARD_VERSION,
  type Storyboard,
  StoryboardSchema,
} from './schema.ts'

/** Why a storyboard could not be read. The UI turns each kind into a sentence. */
export type StoryboardProblem =
  | { kind: 'not-json'; detail: string }
  | { kind: 'not-a-storyboard' }
  | { kind: 'newer-version'; version: number }
  | { kind: 'invalid'; issues: { path: string; message: string }[] }
  | { kind: 'damaged-link' }

export type StoryboardResult =
  { ok: true; storyboard: Storyboard } | { ok: false; problem: StoryboardProblem }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Version 1 kept one spotlighted actor as `spotlight: id | null` and had no filters; lifts
 * such a storyboard to the current version. Anything else is passed through unchanged.
 */
export function migrateStoryboard(value: unknown): unknown {
  if (!isRecord(value) || value.version !== 1 || !Array.isArray(value.slides)) return value
  return {
    ...value,
    version: STORYBOARD_VERSION,
    slides: value.slides.map((slide: unknown) => {
      if (!isRecord(slide) || !isRecord(slide.view)) return slide
      const spotlight = slide.view.spotlight
      return {
        ...slide,
        view: {
          ...slide.view,
          spotlight:
            typeof spotlight === 'string' ? [spotlight] : spotlight == null ? [] : spotlight,
          filters: slide.view.filters ?? {
            hiddenPartyTypes: [],
            hiddenRelationTypes: [],
            minInfluence: 0,
            minStrength: 1,
            expand: null,
          },
        },
      }
    }),
  }
}

/** Checks an unknown value (a parsed file, a decoded link, stored state) as a storyboard. */
export function parseStoryboard(value: unknown): StoryboardResult {
  if (!isRecord(value) || value.format !== STORYBOARD_FORMAT)
    return { ok: false, problem: { kind: 'not-a-storyboard' } }
  if (typeof value.version === 'number' && value.version > STORYBOARD_VERSION)
    return { ok: false, problem: { kind: 'newer-version', version: value.version } }
  const result = StoryboardSchema.safeParse(migrateStoryboard(value))
  if (result.success) return { ok: true, storyboard: result.data }
  const issues = result.error.issues.slice(0, 5).map((issue) => ({
    path: jsonPath(issue.path),
    message: issue.message,
  }))
  return { ok: false, problem: { kind: 'invalid', issues } }
}

/** Reads the text of a storyboard file. */
export function parseStoryboardText(text: string): StoryboardResult {
  const json = parseJson(text)
  if (!json.ok) return { ok: false, problem: { kind: 'not-json', detail: json.message } }
  return parseStoryboard(json.value)
}

/** A storyboard as a file's text: stable key order, indented so it diffs well. */
export function storyboardToText(storyboard: Storyboard): string {
  return `${JSON.stringify(storyboard, null, 2)}\n`
}

/**
 * Slides whose case or phase is not in the dataset, as "slide 3: case x" lines. Such a slide
 * still loads; it falls back to the case list when shown.
 */
export function unknownViews(
  storyboard: Storyboard,
  cases: readonly { id: string; phases: readonly { id: string }[] }[],
): { slide: number; caseId: string; phaseId: string | null }[] {
  const out: { slide: number; caseId: string; phaseId: string | null }[] = []
  storyboard.slides.forEach((slide, index) => {
    const kase = cases.find((c) => c.id === slide.view.caseId)
    if (!kase) out.push({ slide: index + 1, caseId: slide.view.caseId, phaseId: null })
    else if (!kase.phases.some((p) => p.id === slide.view.phaseId))
      out.push({ slide: index + 1, caseId: kase.id, phaseId: slide.view.phaseId })
  })
  return out
}
