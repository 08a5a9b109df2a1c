import type { Storyboard } from '../../domain/storyboard/schema.ts'

export const PRESENTER_CHANNEL = 'wijknetwerk-presenter'
export const PRESENTER_PARAM = 'presenter'

/** Messages between the projected window and the presenter view. */
export type PresenterMessage =
  | { type: 'hello' }
  | { type: 'state'; storyboard: Storyboard; presenting: boolean; index: number }
  | { type: 'goto'; index: number }

export function isPresenterMessage(value: unknown): value is PresenterMessage {
  if (typeof value !== 'object' || value === null) return false
  const type = (value as { type?: unknown }).type
  return type === 'hello' || type === 'state' || type === 'goto'
}

/** A BroadcastChannel, or null in browsers (and test environments) without one. */
export function openChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(PRESENTER_CHANNEL)
}

export function isPresenterWindow(search: string = window.location.search): boolean {
  return new URLSearchParams(search).get(PRESENTER_PARAM) === '1'
}
