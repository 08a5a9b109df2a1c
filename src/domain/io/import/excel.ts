import readXlsxFile from 'read-excel-file/universal'
import type { RawNetwork, RawTable } from './rawNetwork.ts'
import { networkFromTables, type TableRole, tableRole } from './tableSet.ts'
import { tableFromRows } from './tables.ts'
import { type ImportIssue, type InputFile, issue, MAX_IMPORT_BYTES } from './types.ts'

/**
 * Reads an Excel workbook whose sheets are named like the CSV files (actors, relations,
 * phases, participation, sources; Dutch names too, any case). Other sheets are ignored and
 * reported. Cell values are read as text: a formula's cached value, never the formula.
 */
export async function readWorkbook(
  file: InputFile,
): Promise<{ raw: RawNetwork | null; issues: ImportIssue[] }> {
  const fail = (message: string) => ({
    raw: null,
    issues: [issue('file', 'error', file.name, message)],
  })
  if (typeof file.data === 'string') return fail('an Excel workbook must be read as bytes')
  if (file.data.byteLength > MAX_IMPORT_BYTES) return fail('the workbook is too large to import')
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>
  try {
    const bytes = file.data
    const buffer = bytes.buffer.slice(
      bytes.byteOffset,
      bytes.byteOffset + bytes.byteLength,
    ) as ArrayBuffer
    sheets = await readXlsxFile(buffer)
  } catch (error) {
    return fail(
      `not a readable Excel workbook (.xlsx): ${error instanceof Error ? error.message : String(error)}`,
    )
  }
  const issues: ImportIssue[] = []
  const tables = new Map<TableRole, RawTable>()
  for (const { sheet, data } of sheets) {
    const role = tableRole(sheet)
    const name = `${file.name} › ${sheet}`
    if (role === undefined || tables.has(role)) {
      issues.push(
        issue(
          'file',
          'warning',
          name,
          'this sheet is not an actors, relations, phases, participation or sources sheet: ignored',
        ),
      )
      continue
    }
    const rows = data.map((cells, i) => ({ cells: cells.map(cellText), line: i + 1 }))
    const read = tableFromRows(name, rows)
    issues.push(...read.issues)
    if (read.table) tables.set(role, read.table)
  }
  const title = file.name.replace(/^.*[\\/]/, '').replace(/\.xlsx?$/i, '')
  const raw = networkFromTables('xlsx', title, tables, issues)
  return { raw, issues: raw ? [] : issues }
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  return String(value)
}
