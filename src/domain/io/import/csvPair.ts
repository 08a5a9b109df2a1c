import { decodeText } from './decode.ts'
import type { RawNetwork, RawTable } from './rawNetwork.ts'
import { networkFromTables, type TableRole, tableRole } from './tableSet.ts'
import { tableFromCsv } from './tables.ts'
import { type ImportIssue, type InputFile, issue } from './types.ts'

/**
 * Reads the CSV pair (`actors.csv`, `relations.csv`, optional `phases.csv`,
 * `participation.csv`, `sources.csv`) into a raw network. A file whose name says nothing is
 * read as relations when its header has from/to or source/target columns, else as actors.
 */
export function readCsvFiles(files: readonly InputFile[]): {
  raw: RawNetwork | null
  issues: ImportIssue[]
} {
  const issues: ImportIssue[] = []
  const tables = new Map<TableRole, RawTable>()
  for (const file of files) {
    const decoded = decodeText(file)
    issues.push(...decoded.issues)
    if (!decoded.ok) continue
    const read = tableFromCsv(file.name, decoded.text)
    issues.push(...read.issues)
    if (!read.table) continue
    const role = tableRole(file.name) ?? guessRole(read.table)
    if (tables.has(role)) {
      issues.push(
        issue('file', 'error', file.name, `a second ${role} table: this file is left out`),
      )
      continue
    }
    tables.set(role, read.table)
  }
  const first = files[0]?.name ?? 'import'
  const title = first.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]+$/i, '')
  const raw = networkFromTables('csv', tableRole(first) ? 'Eigen netwerk' : title, tables, issues)
  return { raw, issues: raw ? [] : issues }
}

function guessRole(table: RawTable): TableRole {
  const has = (names: string[]) => names.some((n) => table.columns.includes(n))
  if (has(['from', 'source', 'van']) && has(['to', 'target', 'naar'])) return 'relations'
  return 'actors'
}
