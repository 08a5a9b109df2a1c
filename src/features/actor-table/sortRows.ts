import type { ActorMetrics } from '../../domain/metrics/phaseMetrics.ts'
import type { MeasureDefinition } from '../../domain/metrics/registry.ts'

export type SortDirection = 'ascending' | 'descending'
/** `name` sorts by the shown name; any other key is a measure id of the registry. */
export interface SortState {
  key: string
  direction: SortDirection
}

/**
 * Rows in the chosen order. Missing values (`null`) go last in either direction; ties keep the
 * name order, so the table never shuffles equal rows.
 */
export function sortRows(
  rows: readonly ActorMetrics[],
  sort: SortState,
  measures: readonly MeasureDefinition[],
  nameOf: (row: ActorMetrics) => string,
  locale: string,
): ActorMetrics[] {
  const byName = (a: ActorMetrics, b: ActorMetrics) => nameOf(a).localeCompare(nameOf(b), locale)
  const sign = sort.direction === 'ascending' ? 1 : -1
  if (sort.key === 'name') return [...rows].sort((a, b) => sign * byName(a, b))
  const measure = measures.find((m) => m.id === sort.key)
  if (!measure) return [...rows].sort(byName)
  return [...rows].sort((a, b) => {
    const x = measure.compute(a)
    const y = measure.compute(b)
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1
    return sign * (x - y) || byName(a, b)
  })
}

/** The next sort after choosing a column: a new column starts high to low (names A→Z). */
export function nextSort(current: SortState, key: string): SortState {
  if (current.key === key)
    return {
      key,
      direction: current.direction === 'ascending' ? 'descending' : 'ascending',
    }
  return { key, direction: key === 'name' ? 'ascending' : 'descending' }
}
