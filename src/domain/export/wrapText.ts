/** Width of a text in px at a font size; the canvas measures, tests use a fixed advance. */
export type Measure = (text: string, fontSize: number, bold: boolean) => number

/**
 * Breaks a text into lines no wider than `maxWidth`, at spaces; a word longer than a line is
 * cut. Keeps at most `maxLines`, ending the last kept line with an ellipsis when text is lost.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  measure: Measure,
  options: { bold?: boolean; maxLines?: number } = {},
): string[] {
  const bold = options.bold ?? false
  const maxLines = options.maxLines ?? Infinity
  const fits = (line: string) => measure(line, fontSize, bold) <= maxWidth
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word
      if (fits(candidate)) {
        line = candidate
        continue
      }
      if (line) lines.push(line)
      line = word
      while (!fits(line) && line.length > 1) {
        let cut = line.length - 1
        while (cut > 1 && !fits(line.slice(0, cut))) cut--
        lines.push(line.slice(0, cut))
        line = line.slice(cut)
      }
    }
    if (line) lines.push(line)
  }
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  let last = `${kept[kept.length - 1] ?? ''}…`
  while (!fits(last) && last.length > 1) last = `${last.slice(0, -2)}…`
  kept[kept.length - 1] = last
  return kept
}
