/**
 * Writing CSV for spreadsheets. A text cell that starts with `=`, `+`, `-` or `@` (or a tab or
 * carriage return) would be run as a formula by Excel, LibreOffice and Google Sheets ("CSV
 * injection"); such cells get a leading apostrophe, which the spreadsheet shows as text.
 * Numbers are written as numbers, so a negative value stays a value.
 */

export type CsvCell = string | number | boolean | null | undefined

const FORMULA_START = /^[=+\-@\t\r]/

/** One cell, escaped against formulas and quoted when it holds a delimiter, quote or newline. */
export function csvCell(value: CsvCell, delimiter = ','): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  const text = FORMULA_START.test(value) ? `'${value}` : value
  return text.includes(delimiter) ||
    text.includes('"') ||
    text.includes('\n') ||
    text.includes('\r') ||
    text !== text.trim()
    ? `"${text.replace(/"/g, '""')}"`
    : text
}

/** A whole CSV text: header, then rows; CRLF line ends as RFC 4180 asks. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  delimiter = ',',
): string {
  return [header, ...rows]
    .map((row) => row.map((cell) => csvCell(cell, delimiter)).join(delimiter))
    .join('\r\n')
    .concat('\r\n')
}
