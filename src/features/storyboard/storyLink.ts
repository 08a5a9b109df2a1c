import { encodeStoryboard } from '../../domain/storyboard/link.ts'
import type { Storyboard } from '../../domain/storyboard/schema.ts'

export const STORY_PARAM = 'story'
export const SLIDE_PARAM = 'slide'

/** A link to this page that holds the whole storyboard, opening at its first slide. */
export function shareUrl(storyboard: Storyboard, location: Location = window.location): string {
  const params = new URLSearchParams(location.search)
  for (const key of ['case', 'phase', 'actor', 'presenter', SLIDE_PARAM]) params.delete(key)
  params.set(STORY_PARAM, encodeStoryboard(storyboard))
  params.set(SLIDE_PARAM, '1')
  return `${location.origin}${location.pathname}?${params.toString()}`
}

/** Sets or removes the `slide=` parameter in place, keeping every other parameter. */
export function writeSlideParam(slide: number | null): void {
  const params = new URLSearchParams(window.location.search)
  if (slide === null) {
    params.delete(SLIDE_PARAM)
    params.delete(STORY_PARAM)
  } else params.set(SLIDE_PARAM, String(slide))
  const text = params.toString()
  const url = `${window.location.pathname}${text ? `?${text}` : ''}${window.location.hash}`
  if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`)
    window.history.replaceState(window.history.state, '', url)
}
