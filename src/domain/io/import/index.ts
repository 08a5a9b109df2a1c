import { readAppJson } from './appJson.ts'
import { readCsvFiles } from './csvPair.ts'
import { readWorkbook } from './excel.ts'
import { readGexf } from './gexf.ts'
import { readGraphml } from './graphml.ts'
import { guessMapping, type ImportMapping } from './mapping.ts'
import { mapNetwork } from './mapNetwork.ts'
import type { RawNetwork } from './rawNetwork.ts'
import {
  type ImportIssue,
  type ImportResult,
  type InputFile,
  issue,
  MAX_IMPORT_BYTES,
  tooLargeIssue,
} from './types.ts'

export type { ImportIssue, ImportResult, InputFile } from './types.ts'
export { groupByKind, MAX_IMPORT_BYTES, tooLargeIssue } from './types.ts'
export { ACTOR_FIELDS, RELATION_FIELDS } from './mapping.ts'
export type { ImportMapping } from './mapping.ts'
export type { RawNetwork } from './rawNetwork.ts'
export { guessMapping } from './mapping.ts'
export { mapNetwork } from './mapNetwork.ts'

export type ImportFormat = 'json' | 'csv' | 'xlsx' | 'gexf' | 'graphml'

/** What reading gives: a finished dataset (the app's JSON), or a network still to be mapped. */
export type ReadResult =
  | { kind: 'dataset'; format: 'json'; result: ImportResult }
  | { kind: 'network'; format: ImportFormat; raw: RawNetwork; mapping: ImportMapping }
  | { kind: 'failed'; issues: ImportIssue[] }

/** The format of a file from its extension, else from its first bytes. */
export function detectFormat(file: InputFile): ImportFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase()
  if (extension === 'json') return 'json'
  if (extension === 'gexf') return 'gexf'
  if (extension === 'graphml' || extension === 'xml')
    return extension === 'xml' ? sniff(file) : 'graphml'
  if (extension === 'xlsx') return 'xlsx'
  if (extension === 'csv' || extension === 'txt' || extension === 'tsv') return 'csv'
  return sniff(file)
}

function sniff(file: InputFile): ImportFormat {
  const head =
    typeof file.data === 'string'
      ? file.data.slice(0, 512)
      : new TextDecoder('utf-8').decode(file.data.subarray(0, 512))
  if (head.startsWith('PK')) return 'xlsx'
  if (/^\uFEFF?\s*[{[]/.test(head)) return 'json'
  if (/<gexf[\s>]/.test(head)) return 'gexf'
  if (/<graphml[\s>]/.test(head)) return 'graphml'
  return 'csv'
}

/**
 * Reads the files a user chose: one app JSON, GEXF, GraphML or Excel file, or the CSV files
 * of one network (actors.csv, relations.csv, …). Never throws on bad input.
 */
export async function readImport(files: readonly InputFile[]): Promise<ReadResult> {
  const first = files[0]
  if (!first) return { kind: 'failed', issues: [issue('file', 'error', '', 'no file chosen')] }
  const tooLarge = files.find(
    (f) => (typeof f.data === 'string' ? f.data.length : f.data.byteLength) > MAX_IMPORT_BYTES,
  )
  if (tooLarge) {
    const size = typeof tooLarge.data === 'string' ? tooLarge.data.length : tooLarge.data.byteLength
    return { kind: 'failed', issues: [tooLargeIssue(tooLarge.name, size)] }
  }
  const format = detectFormat(first)
  if (format !== 'csv' && files.length > 1)
    return {
      kind: 'failed',
      issues: [
        issue(
          'file',
          'error',
          files[1]?.name ?? '',
          'several files can only be imported together as CSV tables (actors.csv, relations.csv, …): choose one file of other formats',
        ),
      ],
    }
  try {
    if (format === 'json') return { kind: 'dataset', format, result: readAppJson(first) }
    const read =
      format === 'csv'
        ? readCsvFiles(files)
        : format === 'xlsx'
          ? await readWorkbook(first)
          : format === 'gexf'
            ? readGexf(first)
            : readGraphml(first)
    if (!read.raw) return { kind: 'failed', issues: read.issues }
    return { kind: 'network', format, raw: read.raw, mapping: guessMapping(read.raw) }
  } catch (error) {
    // A parser bug must still end in a message, never in a broken page.
    const message = error instanceof Error ? error.message : String(error)
    return {
      kind: 'failed',
      issues: [issue('file', 'error', first.name, `the file could not be read: ${message}`)],
    }
  }
}

/** Reads and maps with the guessed mapping: what `npm run analyze` and tests use. */
export async function importFiles(files: readonly InputFile[]): Promise<ImportResult> {
  const read = await readImport(files)
  if (read.kind === 'failed') return { dataset: null, issues: read.issues }
  if (read.kind === 'dataset') return read.result
  return mapNetwork(read.raw, read.mapping)
}
