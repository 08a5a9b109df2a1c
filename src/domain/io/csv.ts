/** One record of a CSV text: its fields and the line it starts on (1-based). */
export interface CsvRecord {
  fields: string[]
  line: number
}

/** A problem in a CSV text, with the line it is on (1-based). */
export interface CsvError {
  line: number
  message: string
}

export type CsvResult<T> = { ok: true; value: T } | { ok: false; error: CsvError }

export type CsvDelimiter = ',' | ';'

/** Drops a UTF-8 byte-order mark, which spreadsheet programs put before the header. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/**
 * The delimiter of a file from its first line: a semicolon when it holds more semicolons
 * than commas outside quotes (as Dutch spreadsheets save CSV), else a comma.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  let commas = 0
  let semicolons = 0
  let quoted = false
  for (const ch of stripBom(text)) {
    if (ch === '"') quoted = !quoted
    else if (!quoted && (ch === '\n' || ch === '\r')) break
    else if (!quoted && ch === ',') commas++
    else if (!quoted && ch === ';') semicolons++
  }
  return semicolons > commas ? ';' : ','
}

/**
 * Splits a CSV text into records (RFC 4180): fields in double quotes may hold delimiters,
 * line breaks and doubled quotes (`""`); lines end in LF or CRLF. Blank lines are skipped. A
 * quote inside an unquoted field is kept as a character, as spreadsheets do.
 */
export function tokenizeCsv(text: string, delimiter: CsvDelimiter): CsvResult<CsvRecord[]> {
  const input = stripBom(text)
  const records: CsvRecord[] = []
  let fields: string[] = []
  let field = ''
  // A record of one empty quoted field ("") is not a blank line.
  let quotedInRecord = false
  let line = 1
  let start = 1
  const endRecord = () => {
    fields.push(field)
    if (fields.length > 1 || field !== '' || quotedInRecord) records.push({ fields, line: start })
    fields = []
    field = ''
    quotedInRecord = false
  }
  let i = 0
  while (i < input.length) {
    const ch = input[i] as string
    if (ch === '"' && field === '') {
      const opened = line
      quotedInRecord = true
      for (i++; ; i++) {
        const c = input[i]
        if (c === undefined) return fail(opened, 'a quoted field is not closed')
        if (c === '"' && input[i + 1] === '"') i++
        else if (c === '"') break
        else if (c === '\n') line++
        field += c
      }
      i++
      const next = input[i]
      if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r')
        return fail(line, 'unexpected text after the closing quote of a field')
      continue
    }
    if (ch === delimiter) {
      fields.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i++
      endRecord()
      line++
      start = line
    } else field += ch
    i++
  }
  if (field !== '' || fields.length > 0 || quotedInRecord) endRecord()
  return { ok: true, value: records }
}

function fail<T>(line: number, message: string): CsvResult<T> {
  return { ok: false, error: { line, message } }
}
