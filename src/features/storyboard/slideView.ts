import type { SlideView } from '../../domain/storyboard/schema.ts'
import type { GraphHandle } from '../../graph/graphHandle.tsx'
import { isSizeMeasure, useAnalysisStore } from '../../state/analysisStore.ts'
import { useFilterStore } from '../../state/filterStore.ts'
import { useSpotlightStore } from '../../state/spotlightStore.ts'
import { useViewStore } from '../../state/viewStore.ts'

/** The view on screen now, as a slide stores it; null when no case is open. */
export function captureView(handle: GraphHandle): SlideView | null {
  const view = useViewStore.getState()
  if (view.caseId === null || view.phaseId === null) return null
  const analysis = useAnalysisStore.getState()
  const filters = useFilterStore.getState()
  return {
    caseId: view.caseId,
    phaseId: view.phaseId,
    diff: analysis.diff,
    sizeBy: analysis.sizeBy,
    spotlight: [...useSpotlightStore.getState().actorIds],
    filters: {
      hiddenPartyTypes: [...filters.hiddenPartyTypes],
      hiddenRelationTypes: [...filters.hiddenRelationTypes],
      minInfluence: filters.minInfluence,
      minStrength: filters.minStrength,
      expand: filters.expand,
    },
    viewport: handle.getViewport(),
  }
}

/**
 * Puts a slide's choices into the stores (the URL follows the view store). The viewport is
 * set separately, once the network of the slide's case is drawn.
 */
export function applySlideChoices(view: SlideView): void {
  const current = useViewStore.getState()
  if (current.caseId !== view.caseId || current.phaseId !== view.phaseId)
    current.restore({
      screen: 'explore',
      caseId: view.caseId,
      phaseId: view.phaseId,
      actorId: null,
    })
  const analysis = useAnalysisStore.getState()
  analysis.setDiff(view.diff)
  analysis.setSizeBy(isSizeMeasure(view.sizeBy) ? view.sizeBy : 'influence')
  useFilterStore.getState().setFilters(view.filters)
  useSpotlightStore.getState().setSpotlight(view.spotlight)
}
