import { useEffect } from 'react'
import { readAnalysisParams, withAnalysisParams } from '../state/analysisParams.ts'
import { useAnalysisStore } from '../state/analysisStore.ts'

/**
 * Keeps the size measure and the diff toggle in the URL (`size`, `diff`), touching no other
 * parameter: read on load and on back/forward, written in place (a changed size is no new
 * history step).
 */
export function useAnalysisUrlSync(): void {
  useEffect(function syncAnalysisWithUrl() {
    const read = () => {
      const { sizeBy, diff } = readAnalysisParams(window.location.search)
      const state = useAnalysisStore.getState()
      if (state.sizeBy !== sizeBy) state.setSizeBy(sizeBy)
      if (state.diff !== diff) state.setDiff(diff)
    }
    read()
    const unsubscribe = useAnalysisStore.subscribe((state, previous) => {
      if (state.sizeBy === previous.sizeBy && state.diff === previous.diff) return
      const search = withAnalysisParams(window.location.search, state)
      if (search === window.location.search) return
      const { pathname, hash } = window.location
      window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`)
    })
    window.addEventListener('popstate', read)
    return () => {
      unsubscribe()
      window.removeEventListener('popstate', read)
    }
  }, [])
}
