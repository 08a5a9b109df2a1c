/**
 * Names of the app's screens. An area dictionary: `nl` gives the shape, `en` must match it.
 * Each area is registered in nl.ts and en.ts under its own key.
 */
export const nl = {
  navLabel: 'Weergaven',
  explore: 'Verkennen',
  'cross-case': 'Alle casussen',
  compare: 'Vergelijken',
  across: 'Partij door de casussen',
  glossary: 'Begrippen',
}

export const en: typeof nl = {
  navLabel: 'Views',
  explore: 'Explore',
  'cross-case': 'All cases',
  compare: 'Compare',
  across: 'A party across the cases',
  glossary: 'Concepts',
}
