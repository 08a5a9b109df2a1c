import type { PartyType } from '../vocabulary.ts'

/** A language of the generated summaries. */
export type Lang = 'nl' | 'en'

/**
 * Party-type names for sentences, plural and capitalised. Kept here so the summaries work
 * without the app's translation module.
 */
export const PARTY_TYPE_NAMES: Record<Lang, Record<PartyType, string>> = {
  nl: {
    burgers: 'Bewoners',
    maatschappelijk: 'Maatschappelijke organisaties',
    markt: 'Marktpartijen',
    overheid: 'Overheid',
    kennis: 'Kennisinstellingen',
    professionals: 'Professionals',
  },
  en: {
    burgers: 'Residents',
    maatschappelijk: 'Civil-society organisations',
    markt: 'Market parties',
    overheid: 'Government',
    kennis: 'Knowledge institutions',
    professionals: 'Professionals',
  },
}

/** A fixed number of decimals; Dutch uses a decimal comma. Never prints "-0". */
export function formatDecimal(value: number, digits: number, lang: Lang): string {
  const text = value.toFixed(digits)
  const unsigned = /^-0[.0]*$/.test(text) ? text.slice(1) : text
  return lang === 'nl' ? unsigned.replace('.', ',') : unsigned
}

/** A share 0–1 as a whole percentage: 0.4149 → "41%". */
export function formatPercent(share: number, lang: Lang): string {
  return `${formatDecimal(share * 100, 0, lang)}%`
}

/** Names joined for a sentence: "A", "A en B", "A, B en C". */
export function joinNames(names: readonly string[], lang: Lang): string {
  const and = lang === 'nl' ? ' en ' : ' and '
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')}${and}${names[names.length - 1] ?? ''}`
}
