import { create } from 'zustand'

export const LANGS = ['nl', 'en'] as const
export type Lang = (typeof LANGS)[number]
export const DEFAULT_LANG: Lang = 'nl'

export function isLang(value: unknown): value is Lang {
  return value === 'nl' || value === 'en'
}

interface LocaleState {
  lang: Lang
  setLang: (lang: Lang) => void
}

/** The interface language. Kept in the URL as `lang=en`; Dutch is the default. */
export const useLocaleStore = create<LocaleState>()((set) => ({
  lang: DEFAULT_LANG,
  setLang: (lang) => set({ lang }),
}))

export const selectLang = (s: LocaleState) => s.lang
export const selectSetLang = (s: LocaleState) => s.setLang
