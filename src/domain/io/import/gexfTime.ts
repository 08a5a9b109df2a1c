import { childNamed, childrenNamed, type XmlElement } from './xml.ts'

/**
 * Time in GEXF: spells, timestamps, start/end attributes and dated attribute values, and the
 * phases they make (each distinct start time).
 */

export interface Interval {
  start?: string
  end?: string
}

export function intervalOf(element: XmlElement): Interval | undefined {
  const timestamp = element.attrs.get('timestamp')
  if (timestamp !== undefined) return { start: timestamp, end: timestamp }
  const start = element.attrs.get('start') ?? element.attrs.get('startopen')
  const end = element.attrs.get('end') ?? element.attrs.get('endopen')
  if (start === undefined && end === undefined) return undefined
  return { ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}) }
}

/** Spells of a node or edge: `<spells>`, `<timestamps>`, or its own start/end. */
export function intervalsOf(element: XmlElement): Interval[] {
  const spells = childrenNamed(childNamed(element, 'spells'), 'spell').map(intervalOf)
  const stamps = childrenNamed(childNamed(element, 'timestamps'), 'timestamp').map((t) => {
    const value = t.attrs.get('value')
    return value === undefined ? undefined : { start: value, end: value }
  })
  const own = intervalOf(element)
  return [...spells, ...stamps, own].filter((i): i is Interval => i !== undefined)
}

/** The phases: distinct start times; with whole-number time, end times too ([1, 3] spans 1, 2, 3 only if 2 occurs). */
export function timePoints(
  elements: readonly XmlElement[],
  numeric: boolean,
  discrete: boolean,
): string[] {
  const points = new Set<string>()
  const visit = (interval: Interval | undefined) => {
    if (interval?.start !== undefined) points.add(interval.start)
    if (discrete && interval?.end !== undefined) points.add(interval.end)
  }
  for (const element of elements) {
    intervalsOf(element).forEach(visit)
    childrenNamed(childNamed(element, 'attvalues'), 'attvalue').forEach((a) => visit(intervalOf(a)))
  }
  const sorted = [...points].filter((p) => !numeric || Number.isFinite(Number(p)))
  return numeric ? sorted.sort((a, b) => Number(a) - Number(b)) : sorted.sort()
}
