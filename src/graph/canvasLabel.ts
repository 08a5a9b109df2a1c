/** Longer labels lose a trailing "(…)" on the canvas; the details panel shows the full name. */
const DROP_PARENTHESIS_FROM = 24
const MAX_CHARS = 36

/**
 * The label drawn under a node: short enough to stay readable on a projector. Drops a trailing
 * parenthetical from long labels ("Huize Middelland (Huis van de Wijk)" → "Huize Middelland"),
 * then cuts what is still too long at a word boundary with an ellipsis.
 */
export function canvasLabel(label: string): string {
  let text = label.trim()
  if (text.length >= DROP_PARENTHESIS_FROM) {
    const shorter = text.replace(/\s*\([^()]*\)\s*$/, '')
    if (shorter.length >= 3) text = shorter
  }
  if (text.length <= MAX_CHARS) return text
  // One character more, so a word that ends exactly at the limit is kept whole.
  const cut = text.slice(0, MAX_CHARS + 1)
  const space = cut.lastIndexOf(' ')
  const kept = space > MAX_CHARS / 2 ? cut.slice(0, space) : cut.slice(0, MAX_CHARS)
  return `${kept.replace(/[\s,;:–-]+$/, '')}…`
}
