import type { Dataset } from '../../domain/schema.ts'
import { useStoryboardPlayback } from './useStoryboardPlayback.ts'

/** Renders nothing: loads a shared storyboard link and shows slides as they are stepped. */
export function StoryboardPlayback({ dataset }: { dataset: Dataset }) {
  useStoryboardPlayback(dataset)
  return null
}
