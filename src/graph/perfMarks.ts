/**
 * Marks in the browser's performance timeline, read by the benchmark (`npm run bench`) to time
 * what a user sees: the first drawn network, and the layout of a large one.
 */
export const FIRST_GRAPH_MARK = 'wijknetwerk:first-graph'
export const LAYOUT_START_MARK = 'wijknetwerk:layout-start'
export const LAYOUT_DONE_MARK = 'wijknetwerk:layout-done'

/** Marks `name` once per page load. */
export function markOnce(name: string): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name)
}
