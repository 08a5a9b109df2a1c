import { useEffect, useRef } from 'react'
import type { Dataset } from '../domain/schema.ts'
import { selectSetLang, useLocaleStore } from '../state/localeStore.ts'
import { useNoticeStore } from '../state/noticeStore.ts'
import { resolveView } from '../state/resolveView.ts'
import { readLangParam, readViewParams, withLang, withView } from '../state/urlParams.ts'
import { type View, useViewStore } from '../state/viewStore.ts'

function currentSearch(): string {
  return window.location.search
}

function setSearch(search: string, mode: 'push' | 'replace'): void {
  if (search === currentSearch()) return
  const url = `${window.location.pathname}${search}${window.location.hash}`
  if (mode === 'push') window.history.pushState(null, '', url)
  else window.history.replaceState(null, '', url)
}

/** The interface language follows `?lang=`; switching language replaces the history entry. */
export function useLangUrlSync(): void {
  const setLang = useLocaleStore(selectSetLang)
  useEffect(
    function readLangFromUrl() {
      const read = () => setLang(readLangParam(currentSearch()))
      read()
      const unsubscribe = useLocaleStore.subscribe((state, previous) => {
        if (state.lang !== previous.lang)
          setSearch(withLang(currentSearch(), state.lang), 'replace')
      })
      window.addEventListener('popstate', read)
      return () => {
        unsubscribe()
        window.removeEventListener('popstate', read)
      }
    },
    [setLang],
  )
}

const sameView = (a: View, b: View) =>
  a.screen === b.screen &&
  a.caseId === b.caseId &&
  a.phaseId === b.phaseId &&
  a.actorId === b.actorId

/**
 * Keeps the view and the URL in step: the URL is read on load and on back/forward (ids that do
 * not exist become a notice and a fallback), and every user navigation pushes a history entry.
 */
export function useViewUrlSync(dataset: Dataset): void {
  const restoring = useRef(false)
  useEffect(
    function syncViewWithUrl() {
      const restore = () => {
        const { view, notices } = resolveView(dataset, readViewParams(currentSearch()))
        restoring.current = true
        useViewStore.getState().restore(view)
        restoring.current = false
        useNoticeStore.getState().show(notices)
        // A fallback rewrites the address in place, so Back does not lead to the bad id again.
        setSearch(withView(currentSearch(), view), 'replace')
      }
      restore()
      const unsubscribe = useViewStore.subscribe((state, previous) => {
        if (restoring.current || sameView(state, previous)) return
        setSearch(withView(currentSearch(), state), 'push')
      })
      window.addEventListener('popstate', restore)
      return () => {
        unsubscribe()
        window.removeEventListener('popstate', restore)
      }
    },
    [dataset],
  )
}
