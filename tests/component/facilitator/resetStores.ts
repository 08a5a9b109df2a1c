import { useAnalysisStore } from '../../../src/state/analysisStore.ts'
import { usePresentationStore } from '../../../src/state/presentationStore.ts'
import { useSpotlightStore } from '../../../src/state/spotlightStore.ts'
import { useStoryboardStore } from '../../../src/state/storyboardStore.ts'

/** The facilitator stores back to their first state (they are module singletons). */
export function resetFacilitatorStores(): void {
  localStorage.clear()
  usePresentationStore.setState(usePresentationStore.getInitialState(), true)
  useAnalysisStore.setState(useAnalysisStore.getInitialState(), true)
  useSpotlightStore.setState(useSpotlightStore.getInitialState(), true)
  useStoryboardStore.setState(useStoryboardStore.getInitialState(), true)
}
