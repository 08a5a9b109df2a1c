import { type Lang, selectLang, useLocaleStore } from '../state/localeStore.ts'
import { en } from './en.ts'
import { type Messages, nl } from './nl.ts'

export type { Messages } from './nl.ts'
export type { Lang } from '../state/localeStore.ts'

export const DICTIONARIES: Record<Lang, Messages> = { nl, en }

export function messagesFor(lang: Lang): Messages {
  return DICTIONARIES[lang]
}

/** The dictionary of the chosen interface language. */
export function useT(): Messages {
  return DICTIONARIES[useLocaleStore(selectLang)]
}

export function useLang(): Lang {
  return useLocaleStore(selectLang)
}

/**
 * A dataset text in the chosen language: the English field when English is chosen and the
 * field is filled, else the Dutch one (the dataset's own language).
 */
export function localized(lang: Lang, dutch: string, english: string | undefined): string {
  return lang === 'en' && english !== undefined && english.trim() !== '' ? english : dutch
}

/** Like `localized`, for lists such as pitfalls and lessons: English only when complete. */
export function localizedList(
  lang: Lang,
  dutch: readonly string[],
  english: readonly string[] | undefined,
): readonly string[] {
  return lang === 'en' && english !== undefined && english.length === dutch.length ? english : dutch
}
