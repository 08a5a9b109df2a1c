import type { DataIssue } from '../domain/issues.ts'
import type { ImportIssue } from '../domain/io/import/index.ts'
import type { Dataset } from '../domain/schema.ts'

/** `?data=` files the importers read: everything but the app's JSON. */
export function isForeignPath(path: string): boolean {
  return /\.(gexf|graphml|xml|csv|xlsx)(\?|#|$)/i.test(path)
}

function asDataIssue(issue: ImportIssue): DataIssue {
  const where = [
    issue.file,
    issue.line !== undefined ? `line ${String(issue.line)}` : issue.element,
    issue.column,
  ]
    .filter((part) => part !== undefined && part !== '')
    .join(', ')
  const value = issue.value !== undefined ? ` (${JSON.stringify(issue.value)})` : ''
  return { path: where, message: `${issue.message}${value}`, severity: issue.severity }
}

/**
 * A fetched GEXF, GraphML, CSV or Excel file through the importers, with their automatic
 * mapping. A link cannot show a choice, so a file with errors is refused as a whole (with
 * every problem listed) rather than shown in part.
 */
export async function importFetched(
  path: string,
  bytes: Uint8Array,
): Promise<{ dataset: Dataset } | { issues: DataIssue[] }> {
  const { importFiles } = await import('../domain/io/import/index.ts')
  const name = decodeURIComponent(new URL(path, 'http://x/').pathname.split('/').pop() ?? 'data')
  const result = await importFiles([{ name, data: bytes }])
  const errors = result.issues.filter((i) => i.severity === 'error')
  if (!result.dataset || errors.length > 0) return { issues: result.issues.map(asDataIssue) }
  return { dataset: result.dataset }
}
