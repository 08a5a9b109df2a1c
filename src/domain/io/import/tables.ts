import { detectDelimiter, tokenizeCsv } from '../csv.ts'
import { normalizeColumn, type RawRow, type RawTable } from './rawNetwork.ts'
import { type ImportIssue, issue } from './types.ts'

export type TableResult = { table: RawTable | null; issues: ImportIssue[] }

/**
 * A table from a header row and data rows, as CSV files and sheets have them. Column names are
 * trimmed and lower-cased; an empty or repeated name is reported and its column ignored. A
 * short row is padded with empty cells; a row with more cells than the header is left out.
 */
export function tableFromRows(
  file: string,
  rows: readonly { cells: readonly string[]; line: number }[],
): TableResult {
  const issues: ImportIssue[] = []
  const [header, ...body] = rows
  if (!header)
    return {
      table: null,
      issues: [issue('missing-column', 'error', file, 'the file is empty: expected a header row')],
    }
  const columns: (string | null)[] = header.cells.map((raw, i) => {
    const name = normalizeColumn(raw)
    if (name === '') {
      if (header.cells.slice(i + 1).some((c) => c.trim() !== ''))
        issues.push(
          issue(
            'missing-column',
            'warning',
            file,
            `column ${String(i + 1)} has no name: it is ignored`,
            { line: header.line },
          ),
        )
      return null
    }
    if (header.cells.slice(0, i).some((c) => normalizeColumn(c) === name)) {
      issues.push(
        issue(
          'duplicate-id',
          'warning',
          file,
          'this column name appears twice: the second is ignored',
          { line: header.line, column: name },
        ),
      )
      return null
    }
    return name
  })
  const table: RawTable = {
    file,
    columns: columns.filter((c): c is string => c !== null),
    rows: [],
  }
  for (const { cells, line } of body) {
    if (cells.every((c) => c.trim() === '')) continue
    const extra = cells.slice(columns.length).filter((c) => c.trim() !== '')
    if (extra.length > 0) {
      issues.push(
        issue(
          'syntax',
          'error',
          file,
          `the row has ${String(cells.length)} cells but the header only ${String(columns.length)}: row left out`,
          { line, value: extra[0] },
        ),
      )
      continue
    }
    const row: RawRow = { line, values: new Map() }
    columns.forEach((name, i) => {
      if (name !== null) row.values.set(name, cells[i] ?? '')
    })
    table.rows.push(row)
  }
  return { table, issues }
}

/** A CSV text (comma or semicolon, RFC 4180 quoting) as a table; a quoting error refuses the file. */
export function tableFromCsv(file: string, text: string): TableResult {
  const tokens = tokenizeCsv(text, detectDelimiter(text))
  if (!tokens.ok)
    return {
      table: null,
      issues: [
        issue('syntax', 'error', file, `${tokens.error.message}: the file cannot be read`, {
          line: tokens.error.line,
        }),
      ],
    }
  return tableFromRows(
    file,
    tokens.value.map((r) => ({ cells: r.fields, line: r.line })),
  )
}
