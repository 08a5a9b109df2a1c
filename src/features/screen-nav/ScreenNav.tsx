import { useT } from '../../i18n/index.ts'
import { type Screen, selectScreen, selectShowScreen, useViewStore } from '../../state/viewStore.ts'

/** The header's row of screens; the current one is marked for assistive technology. */
export function ScreenNav({ screens }: { screens: readonly Screen[] }) {
  const t = useT()
  const current = useViewStore(selectScreen)
  const showScreen = useViewStore(selectShowScreen)
  if (screens.length < 2) return null
  return (
    <nav className="screen-nav" aria-label={t.screens.navLabel}>
      {screens.map((screen) => (
        <button
          key={screen}
          type="button"
          className="screen-nav__item"
          aria-current={screen === current ? 'page' : undefined}
          onClick={() => showScreen(screen)}
        >
          {t.screens[screen]}
        </button>
      ))}
    </nav>
  )
}
