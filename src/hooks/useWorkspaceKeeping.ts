import { useEffect } from 'react'
import { startTabCoordination, announceWorkspace } from '../state/tabCoordination.ts'
import { startPersistence } from '../state/workspacePersistence.ts'
import { indexedDbStorage } from '../state/workspaceStorage.ts'
import { useWorkspaceStore } from '../state/workspaceStore.ts'
import { useStorageStatusStore } from '../state/storageStatusStore.ts'
import { readWorkspaceParam, withWorkspace } from '../state/workspaceUrl.ts'

function setSearch(search: string, mode: 'push' | 'replace') {
  if (search === window.location.search) return
  const url = `${window.location.pathname}${search}${window.location.hash}`
  if (mode === 'push') window.history.pushState(null, '', url)
  else window.history.replaceState(null, '', url)
}

/**
 * Keeps the user's workspaces: reads them from IndexedDB, saves every change, writes pending
 * changes when the page is hidden or closed, coordinates with other tabs, and keeps `?ws=` in
 * step with the open workspace.
 */
export function useWorkspaceKeeping(): void {
  useEffect(function keepWorkspaces() {
    const persistence = startPersistence(indexedDbStorage())
    const stopTabs = startTabCoordination({
      activeId: () => useWorkspaceStore.getState().activeId,
      flush: persistence.flush,
      reload: persistence.reload,
    })
    const flushNow = () => void persistence.flush()
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flushNow()
    }
    window.addEventListener('pagehide', flushNow)
    document.addEventListener('visibilitychange', onVisibility)

    const openFromUrl = () => {
      const id = readWorkspaceParam(window.location.search)
      const store = useWorkspaceStore.getState()
      if (id !== null && !store.workspaces.some((w) => w.id === id)) {
        useStorageStatusStore.setState({ missingWorkspace: id })
        setSearch(withWorkspace(window.location.search, null), 'replace')
        store.openWorkspace(null)
        return
      }
      store.openWorkspace(id)
    }
    void persistence.ready.then(openFromUrl)
    const unsubscribe = useWorkspaceStore.subscribe((state, previous) => {
      if (state.activeId === previous.activeId) return
      if (state.activeId !== null) announceWorkspace(state.activeId)
      setSearch(withWorkspace(window.location.search, state.activeId), 'push')
    })
    window.addEventListener('popstate', openFromUrl)
    return () => {
      window.removeEventListener('pagehide', flushNow)
      document.removeEventListener('visibilitychange', onVisibility)
      window.removeEventListener('popstate', openFromUrl)
      unsubscribe()
      stopTabs()
      persistence.stop()
    }
  }, [])
}
