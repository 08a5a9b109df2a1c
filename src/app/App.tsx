import { useEffect } from 'react'
import { CasePicker } from '../features/case-list/CasePicker.tsx'
import { DatasetErrorScreen } from '../features/load-status/DatasetErrorScreen.tsx'
import { LanguageSwitch } from '../features/language/LanguageSwitch.tsx'
import { ScreenNav } from '../features/screen-nav/ScreenNav.tsx'
import { localized, useLang, useT } from '../i18n/index.ts'
import { useDataset } from '../queries/datasetQuery.ts'
import { selectCaseId, useViewStore } from '../state/viewStore.ts'
import { ErrorBoundary } from './ErrorBoundary.tsx'
import { AVAILABLE_SCREENS, DatasetScreens } from './DatasetScreens.tsx'
import { useLangUrlSync } from './useUrlSync.ts'

/** The page: header, the explorer (or a loading or error screen), and the dataset disclaimer. */
export function App() {
  const t = useT()
  const lang = useLang()
  const query = useDataset()
  const caseOpen = useViewStore(selectCaseId) !== null
  useLangUrlSync()
  useEffect(
    function setDocumentLanguage() {
      document.documentElement.lang = lang
    },
    [lang],
  )

  return (
    <div className={caseOpen ? 'app app--case-open' : 'app'}>
      <a className="skip-link" href="#main">
        {t.app.skipToContent}
      </a>
      <header className="app-header">
        <div className="app-header__brand">
          <h1 className="app-header__name">{t.app.name}</h1>
          <p className="app-header__tagline">{t.app.tagline}</p>
        </div>
        {query.data && <ScreenNav screens={AVAILABLE_SCREENS} />}
        {query.data && <CasePicker cases={query.data.cases} />}
        <LanguageSwitch />
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <ErrorBoundary>
          {query.isPending ? (
            <p className="status-screen" role="status">
              {t.app.loading}
            </p>
          ) : query.isError ? (
            <DatasetErrorScreen error={query.error} onRetry={() => void query.refetch()} />
          ) : (
            <DatasetScreens dataset={query.data} />
          )}
        </ErrorBoundary>
      </main>
      <footer className="app-footer">
        {query.data && (
          <p>
            <strong>{t.app.disclaimer}:</strong>{' '}
            {localized(lang, query.data.disclaimer, query.data.disclaimerEn)}
          </p>
        )}
      </footer>
    </div>
  )
}
