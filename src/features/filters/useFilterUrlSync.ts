import { useEffect } from 'react'
import { readFilterParams, withFilters } from '../../state/filterParams.ts'
import type { NetworkFilters } from '../../domain/filters.ts'
import { useFilterStore } from '../../state/filterStore.ts'
import { useViewStore } from '../../state/viewStore.ts'

const sameFilters = (a: NetworkFilters, b: NetworkFilters) =>
  a.hiddenPartyTypes === b.hiddenPartyTypes &&
  a.hiddenRelationTypes === b.hiddenRelationTypes &&
  a.minInfluence === b.minInfluence &&
  a.minStrength === b.minStrength &&
  a.expand === b.expand &&
  a.scope === b.scope

/**
 * Keeps the filters in the address (`hide`, `rel`, `minInf`, `minStr`, `expand`, `scope`), so
 * a filtered view can be shared as a link. Filtering replaces the history entry instead of
 * adding one: Back leaves the view, not the last slider step. Opening another case drops the
 * neighbourhood, whose actor belongs to the old case.
 */
export function useFilterUrlSync(): void {
  useEffect(function syncFiltersWithUrl() {
    const read = () =>
      useFilterStore.getState().setFilters(readFilterParams(window.location.search))
    read()
    const unsubscribeFilters = useFilterStore.subscribe((state, previous) => {
      if (sameFilters(state, previous)) return
      const search = withFilters(window.location.search, state)
      if (search === window.location.search) return
      const url = `${window.location.pathname}${search}${window.location.hash}`
      window.history.replaceState(window.history.state, '', url)
    })
    const unsubscribeView = useViewStore.subscribe((state, previous) => {
      if (previous.caseId !== null && state.caseId !== previous.caseId)
        if (useFilterStore.getState().expand) useFilterStore.getState().setFilters({ expand: null })
    })
    window.addEventListener('popstate', read)
    return () => {
      unsubscribeFilters()
      unsubscribeView()
      window.removeEventListener('popstate', read)
    }
  }, [])
}
