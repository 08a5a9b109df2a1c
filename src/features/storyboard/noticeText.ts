import type { StoryboardProblem } from '../../domain/storyboard/parse.ts'
import type { Messages } from '../../i18n/index.ts'
import { assertNever } from '../../lib/assertNever.ts'
import type { StoryboardNotice } from '../../state/storyboardStore.ts'

type Texts = Messages['facilitator']['storyboard']

/** A problem with a storyboard file or link as one sentence that says what and where. */
export function problemText(t: Texts, problem: StoryboardProblem, source: string | null): string {
  const name = source === null ? t.problems.linkSource : `“${source}”`
  switch (problem.kind) {
    case 'not-json':
      return t.problems.notJson(name, problem.detail)
    case 'not-a-storyboard':
      return t.problems.notStoryboard(name)
    case 'newer-version':
      return t.problems.newerVersion(name, problem.version)
    case 'invalid':
      return t.problems.invalid(
        name,
        problem.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '),
      )
    case 'damaged-link':
      return t.problems.damagedLink
    default:
      return assertNever(problem)
  }
}

/** The notice under the editor's toolbar: what was loaded, or why nothing was. */
export function noticeText(t: Texts, notice: StoryboardNotice): { text: string; error: boolean } {
  if (notice.kind === 'problem')
    return { text: `${problemText(t, notice.problem, notice.source)} ${t.kept}`, error: true }
  const unknown = notice.unknown
    .map((u) =>
      u.phaseId === null ? t.unknownCase(u.slide, u.caseId) : t.unknownPhase(u.slide, u.phaseId),
    )
    .join('; ')
  return {
    text: unknown
      ? `${t.imported(notice.slides)} ${t.unknownViews(unknown)}`
      : t.imported(notice.slides),
    error: unknown !== '',
  }
}
