import type { DataIssue } from '../../issues.ts'
import type { RawRow, RawTable } from './rawNetwork.ts'
import { type ImportIssue, issue } from './types.ts'

/**
 * Issues of `parseDataset` on a mapped dataset, pointed back at the file's rows where the
 * path names an actor, participant, relation or phase of the imported case.
 */
export function fromDataIssues(
  found: readonly DataIssue[],
  file: string,
  tables: Record<string, { table: RawTable; rows: readonly (RawRow | null)[] }>,
): ImportIssue[] {
  return found.map((d) => {
    const match = /^\$(?:\.cases\[0\])?\.(actors|participants|relations|phases)\[(\d+)\]/.exec(
      d.path,
    )
    const origin = match ? tables[match[1] as string] : undefined
    const row = origin?.rows[Number(match?.[2])] ?? null
    return issue('schema', d.severity, origin?.table.file ?? file, d.message, {
      ...(row?.line !== undefined ? { line: row.line } : {}),
      element: row?.element ?? d.path,
    })
  })
}
