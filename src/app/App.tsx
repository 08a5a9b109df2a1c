import { useEffect } from 'react'
import { CasePicker } from '../features/case-list/CasePicker.tsx'
import { useFilterUrlSync } from '../features/filters/useFilterUrlSync.ts'
import { useExportShortcut } from '../features/export/useExportShortcut.ts'
import { DatasetErrorScreen } from '../features/load-status/DatasetErrorScreen.tsx'
import { LanguageSwitch } from '../features/language/LanguageSwitch.tsx'
import { ScreenNav } from '../features/screen-nav/ScreenNav.tsx'
import { usePresentationClass } from '../features/presentation/usePresentationClass.ts'
import { GlobalSearch } from '../features/search/GlobalSearch.tsx'
import { ImportEntry } from '../features/import/ImportEntry.tsx'
import { WorkspaceMenu } from '../features/workspaces/WorkspaceMenu.tsx'
import { WorkspaceNotices } from '../features/workspaces/WorkspaceNotices.tsx'
import { localized, useLang, useT } from '../i18n/index.ts'
import { useActiveDataset } from '../hooks/useActiveDataset.ts'
import { useAnalysisUrlSync } from '../hooks/useAnalysisUrlSync.ts'
import { useWorkspaceKeeping } from '../hooks/useWorkspaceKeeping.ts'
import { useDataset } from '../queries/datasetQuery.ts'
import { selectCaseId, useViewStore } from '../state/viewStore.ts'
import { discardEarlyGraph } from '../graph/early/handoff.ts'
import { ErrorBoundary } from './ErrorBoundary.tsx'
import { AVAILABLE_SCREENS, DatasetScreens } from './DatasetScreens.tsx'
import { useLangUrlSync } from './useUrlSync.ts'

/** The page: header, the explorer (or a loading or error screen), and the dataset disclaimer. */
export function App() {
  const t = useT()
  const lang = useLang()
  const query = useDataset()
  // The bundled cases, or the user's open workspace ("Mijn netwerken").
  const active = useActiveDataset(query.data)
  const data = active.dataset
  useWorkspaceKeeping()
  const caseOpen = useViewStore(selectCaseId) !== null
  const presentationClass = usePresentationClass()
  useLangUrlSync()
  useAnalysisUrlSync()
  useFilterUrlSync()
  useExportShortcut()
  const settled = !(query.isPending || active.pending)
  useEffect(
    function dropUnadoptedEarlyGraph() {
      if (!settled) return
      // The explorer's canvas adopts the network drawn before the app when it mounts, which
      // is one render after this (the view is read from the address in an effect); a drawing
      // still not adopted two frames on belongs to no screen and must go.
      let frame = requestAnimationFrame(() => (frame = requestAnimationFrame(discardEarlyGraph)))
      return () => cancelAnimationFrame(frame)
    },
    [settled],
  )
  useEffect(
    function setDocumentLanguage() {
      document.documentElement.lang = lang
    },
    [lang],
  )

  return (
    <div className={`${caseOpen ? 'app app--case-open' : 'app'} ${presentationClass}`.trim()}>
      <a className="skip-link" href="#main">
        {t.app.skipToContent}
      </a>
      <header className="app-header">
        <div className="app-header__brand">
          <h1 className="app-header__name">{t.app.name}</h1>
          <p className="app-header__tagline">{t.app.tagline}</p>
        </div>
        {data && <ScreenNav screens={AVAILABLE_SCREENS} />}
        {data && <GlobalSearch dataset={data} />}
        {data && <CasePicker cases={data.cases} />}
        <WorkspaceMenu />
        <ImportEntry />
        <LanguageSwitch />
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <WorkspaceNotices />
        <ErrorBoundary>
          {!settled ? (
            <p className="status-screen" role="status">
              {t.app.loading}
            </p>
          ) : query.isError ? (
            <DatasetErrorScreen error={query.error} onRetry={() => void query.refetch()} />
          ) : (
            <DatasetScreens dataset={data ?? query.data} />
          )}
        </ErrorBoundary>
      </main>
      <footer className="app-footer">
        {data && (
          <p>
            <strong>{t.app.disclaimer}:</strong>{' '}
            {localized(lang, data.disclaimer, data.disclaimerEn)}
          </p>
        )}
      </footer>
    </div>
  )
}
