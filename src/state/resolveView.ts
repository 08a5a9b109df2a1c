import type { Dataset } from '../domain/schema.ts'
import type { Notice } from './noticeStore.ts'
import { EMPTY_VIEW, isScreen, type Screen, type View } from './viewStore.ts'

/** A view as asked for (from the URL): ids that may not exist. */
export interface RequestedView {
  screen?: string | undefined
  caseId?: string | undefined
  phaseId?: string | undefined
  actorId?: string | undefined
}

/**
 * Turns a requested view into one that exists in the dataset, with a notice for each id that
 * had to be dropped: an unknown case falls back to the case list, an unknown or missing phase
 * to the case's first phase, an unknown actor to no selection.
 */
export function resolveView(
  dataset: Dataset,
  requested: RequestedView,
): { view: View; notices: Notice[] } {
  const notices: Notice[] = []
  let screen: Screen = 'explore'
  if (requested.screen !== undefined) {
    if (isScreen(requested.screen)) screen = requested.screen
    else notices.push({ kind: 'unknown-screen', id: requested.screen })
  }
  if (requested.caseId === undefined) return { view: { ...EMPTY_VIEW, screen }, notices }
  const kase = dataset.cases.find((c) => c.id === requested.caseId)
  if (!kase) {
    notices.push({ kind: 'unknown-case', id: requested.caseId })
    return { view: { ...EMPTY_VIEW, screen }, notices }
  }
  let phaseId = firstPhaseId(kase)
  if (requested.phaseId !== undefined) {
    if (kase.phases.some((p) => p.id === requested.phaseId)) phaseId = requested.phaseId
    else notices.push({ kind: 'unknown-phase', id: requested.phaseId })
  }
  let actorId: string | null = null
  if (requested.actorId !== undefined) {
    if (kase.participants.some((p) => p.actor === requested.actorId)) actorId = requested.actorId
    else notices.push({ kind: 'unknown-actor', id: requested.actorId })
  }
  return { view: { screen, caseId: kase.id, phaseId, actorId }, notices }
}

/** The id of a case's first phase (by `order`), or null for a case without phases. */
export function firstPhaseId(kase: {
  phases: readonly { id: string; order: number }[]
}): string | null {
  let first: { id: string; order: number } | undefined
  for (const phase of kase.phases) if (!first || phase.order < first.order) first = phase
  return first?.id ?? null
}
