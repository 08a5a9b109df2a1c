import { useT } from '../../i18n/index.ts'
import { LANGS, selectLang, selectSetLang, useLocaleStore } from '../../state/localeStore.ts'

/** Two toggle buttons, each named in its own language. */
export function LanguageSwitch() {
  const t = useT()
  const lang = useLocaleStore(selectLang)
  const setLang = useLocaleStore(selectSetLang)
  return (
    <div className="lang-switch" role="group" aria-label={t.language.label}>
      {LANGS.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          className="lang-switch__button"
          aria-pressed={lang === code}
          onClick={() => setLang(code)}
        >
          {t.language[code]}
        </button>
      ))}
    </div>
  )
}
