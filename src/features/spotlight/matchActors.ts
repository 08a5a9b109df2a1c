/** Lower case without accents, so "cafe" finds "Café". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
}

/** Options whose label contains the query, those starting with it first; at most `limit`. */
export function matchActors<T extends { label: string }>(
  options: readonly T[],
  query: string,
  limit = 8,
): T[] {
  const q = fold(query.trim())
  if (q === '') return options.slice(0, limit)
  const starts: T[] = []
  const contains: T[] = []
  for (const option of options) {
    const label = fold(option.label)
    if (label.startsWith(q) || label.split(/\s+/).some((word) => word.startsWith(q)))
      starts.push(option)
    else if (label.includes(q)) contains.push(option)
  }
  return [...starts, ...contains].slice(0, limit)
}
