import { DEFAULT_LANG, isLang, type Lang } from './localeStore.ts'
import type { RequestedView } from './resolveView.ts'
import type { View } from './viewStore.ts'

/** Reads `?case=…&phase=…&actor=…` from a query string. Empty values count as absent. */
export function readViewParams(search: string): RequestedView {
  const params = new URLSearchParams(search)
  const get = (key: string) => {
    const value = params.get(key)?.trim()
    return value === undefined || value === '' ? undefined : value
  }
  return {
    screen: get('screen'),
    caseId: get('case'),
    phaseId: get('phase'),
    actorId: get('actor'),
  }
}

export function readLangParam(search: string): Lang {
  const value = new URLSearchParams(search).get('lang')
  return isLang(value) ? value : DEFAULT_LANG
}

/**
 * Writes the view and language into a query string, keeping any other parameters. Keys come
 * in a fixed order so equal views give equal strings.
 */
export function writeParams(search: string, view: View, lang: Lang): string {
  const params = new URLSearchParams(search)
  for (const key of ['screen', 'case', 'phase', 'actor', 'lang']) params.delete(key)
  const out = new URLSearchParams()
  if (view.screen !== 'explore') out.set('screen', view.screen)
  if (view.caseId !== null) out.set('case', view.caseId)
  if (view.caseId !== null && view.phaseId !== null) out.set('phase', view.phaseId)
  if (view.caseId !== null && view.actorId !== null) out.set('actor', view.actorId)
  if (lang !== DEFAULT_LANG) out.set('lang', lang)
  params.forEach((value, key) => out.append(key, value))
  const text = out.toString()
  return text === '' ? '' : `?${text}`
}

/** The query string with only the `lang` parameter changed. */
export function withLang(search: string, lang: Lang): string {
  const params = new URLSearchParams(search)
  if (lang === DEFAULT_LANG) params.delete('lang')
  else params.set('lang', lang)
  return toSearch(params)
}

/** The query string with only the view parameters (case, phase, actor) changed. */
export function withView(search: string, view: View): string {
  const params = new URLSearchParams(search)
  const lang = readLangParam(search)
  return writeParams(toSearch(params), view, lang)
}

function toSearch(params: URLSearchParams): string {
  const text = params.toString()
  return text === '' ? '' : `?${text}`
}
