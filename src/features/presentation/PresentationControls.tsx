import { useId } from 'react'
import { useT } from '../../i18n/index.ts'
import {
  type ProjectorTheme,
  selectBuildUp,
  selectTheme,
  usePresentationStore,
} from '../../state/presentationStore.ts'
import { enterFullscreen } from '../../lib/fullscreen.ts'

const THEMES: readonly ProjectorTheme[] = ['light', 'dark']

/** Start presenting, pick the projector theme and build-up, and open the keyboard help. */
export function PresentationControls() {
  const t = useT().facilitator
  const theme = usePresentationStore(selectTheme)
  const buildUp = usePresentationStore(selectBuildUp)
  const { enter, setTheme, setBuildUp, setHelpOpen } = usePresentationStore.getState()
  const themeName = useId()
  const start = () => {
    enter()
    enterFullscreen()
  }
  return (
    <div className="presentation-controls">
      <button type="button" className="button button--primary" onClick={start}>
        {t.present} <kbd aria-hidden="true">{t.presentHint}</kbd>
      </button>
      <fieldset className="presentation-controls__theme">
        <legend>{t.theme}</legend>
        {THEMES.map((value) => (
          <label key={value}>
            <input
              type="radio"
              name={themeName}
              checked={theme === value}
              onChange={() => setTheme(value)}
            />{' '}
            {value === 'light' ? t.themeLight : t.themeDark}
          </label>
        ))}
      </fieldset>
      <label className="presentation-controls__check">
        <input
          type="checkbox"
          checked={buildUp}
          onChange={(event) => setBuildUp(event.target.checked)}
        />{' '}
        {t.buildUp}
      </label>
      <button type="button" className="button button--quiet" onClick={() => setHelpOpen(true)}>
        {t.help.open} <kbd aria-hidden="true">?</kbd>
      </button>
    </div>
  )
}
