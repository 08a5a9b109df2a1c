import { stripBom } from '../csv.ts'
import { type ImportIssue, type InputFile, issue, MAX_IMPORT_BYTES } from './types.ts'

export type Decoded =
  { ok: true; text: string; issues: ImportIssue[] } | { ok: false; issues: ImportIssue[] }

/**
 * Turns a file's bytes into text, refusing what is not text. Too large: refused (the
 * limit keeps the page responsive). NUL bytes: a binary file. Not valid UTF-8: decoded as
 * windows-1252 (the Latin-1 superset Dutch Excel writes) with a warning, so `café` survives.
 */
export function decodeText(file: InputFile): Decoded {
  const { name, data } = file
  const size = typeof data === 'string' ? data.length : data.byteLength
  if (size > MAX_IMPORT_BYTES)
    return refuse(
      name,
      'file',
      `the file is ${megabytes(size)} MB; files up to ${megabytes(MAX_IMPORT_BYTES)} MB can be imported`,
    )
  if (typeof data === 'string') {
    if (data.includes('\u0000')) return refuse(name, 'encoding', binaryMessage)
    return { ok: true, text: stripBom(data), issues: [] }
  }
  if (data.includes(0)) return refuse(name, 'encoding', binaryMessage)
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(data)
    return { ok: true, text: stripBom(text), issues: [] }
  } catch {
    const text = new TextDecoder('windows-1252').decode(data)
    return {
      ok: true,
      text,
      issues: [
        issue(
          'encoding',
          'warning',
          name,
          'the file is not UTF-8; it was read as Latin-1 (windows-1252): check accented letters',
        ),
      ],
    }
  }
}

const binaryMessage =
  'the file holds binary data (NUL bytes), not text: choose a CSV, JSON, GEXF, GraphML or Excel file'

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')
}

function refuse(name: string, kind: 'file' | 'encoding', message: string): Decoded {
  return { ok: false, issues: [issue(kind, 'error', name, message)] }
}
