/** A label's box on screen (or in any one coordinate system) and how much it matters. */
export interface LabelBox {
  id: string
  /** Higher wins: a label that overlaps a higher-priority one is hidden. */
  priority: number
  x1: number
  y1: number
  x2: number
  y2: number
}

const overlaps = (a: LabelBox, b: LabelBox, gap: number) =>
  a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap

/**
 * The ids of labels to hide so that no two shown labels overlap (with `gap` between them).
 * Greedy by priority: the most important label is always shown, each next one only where it
 * does not touch a label already shown. Ties in priority go by id, so the result is stable.
 */
export function labelsToHide(boxes: readonly LabelBox[], gap = 2): Set<string> {
  const ordered = [...boxes].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id))
  const shown: LabelBox[] = []
  const hidden = new Set<string>()
  for (const box of ordered) {
    if (shown.some((other) => overlaps(box, other, gap))) hidden.add(box.id)
    else shown.push(box)
  }
  return hidden
}
