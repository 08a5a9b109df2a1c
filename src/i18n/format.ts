import type { Lang } from '../state/localeStore.ts'

const LOCALE: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' }

const numberFormats = new Map<string, Intl.NumberFormat>()
// Creating an Intl formatter costs far more than using one; they are kept per language.
const percentFormats = new Map<Lang, Intl.NumberFormat>()
const listFormats = new Map<Lang, Intl.ListFormat>()

function remembered<F>(cache: Map<Lang, F>, lang: Lang, make: () => F): F {
  let format = cache.get(lang)
  if (!format) {
    format = make()
    cache.set(lang, format)
  }
  return format
}

/** A number in the conventions of the chosen language (decimal comma in Dutch). */
export function formatNumber(lang: Lang, value: number, maximumFractionDigits = 2): string {
  const key = `${lang}:${maximumFractionDigits}`
  let format = numberFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits })
    numberFormats.set(key, format)
  }
  return format.format(value)
}

/** A share (0–1) as a percentage, e.g. "37 %" in Dutch, "37%" in English. */
export function formatPercent(lang: Lang, share: number): string {
  const make = () =>
    new Intl.NumberFormat(LOCALE[lang], { style: 'percent', maximumFractionDigits: 0 })
  return remembered(percentFormats, lang, make).format(share)
}

/** A dataset date ('YYYY', 'YYYY-MM' or 'YYYY-MM-DD') written out in the chosen language. */
export function formatPartialDate(lang: Lang, date: string): string {
  const [year, month, day] = date.split('-').map(Number)
  if (year === undefined || Number.isNaN(year)) return date
  if (month === undefined) return String(year)
  const when = new Date(Date.UTC(year, month - 1, day ?? 1))
  return new Intl.DateTimeFormat(LOCALE[lang], {
    year: 'numeric',
    month: 'long',
    ...(day === undefined ? {} : { day: 'numeric' }),
    timeZone: 'UTC',
  }).format(when)
}

/** A list such as "a, b and c" / "a, b en c". */
export function formatList(lang: Lang, items: readonly string[]): string {
  const make = () => new Intl.ListFormat(LOCALE[lang], { style: 'long', type: 'conjunction' })
  return remembered(listFormats, lang, make).format(items)
}
