import type { Dataset } from '../../schema.ts'

/**
 * What went wrong, by kind: the import dialog groups its report by these. An `error` leaves a
 * record (or the whole file) out; a `warning` imports the record with a documented change.
 */
export const IMPORT_ISSUE_KINDS = [
  'file',
  'encoding',
  'syntax',
  'unsafe',
  'missing-column',
  'missing-value',
  'duplicate-id',
  'unknown-reference',
  'unknown-value',
  'out-of-range',
  'not-a-number',
  'left-out',
  'migration',
  'schema',
] as const
export type ImportIssueKind = (typeof IMPORT_ISSUE_KINDS)[number]

/** A problem in an imported file: which file, where in it, which column or attribute, the value, and why. */
export interface ImportIssue {
  kind: ImportIssueKind
  severity: 'error' | 'warning'
  file: string
  /** 1-based line of a text file (CSV: the header is line 1), or row of a sheet. */
  line?: number
  /** An XML element, e.g. `node "n3"`, or a JSON path such as `$.cases[0].title`. */
  element?: string
  /** A column, sheet column or XML attribute. */
  column?: string
  value?: string
  message: string
}

export interface ImportResult {
  /** The valid part of the input, passed through `parseDataset`; null when nothing is usable. */
  dataset: Dataset | null
  issues: ImportIssue[]
}

/** A file handed to an importer: its name and its bytes or decoded text. */
export interface InputFile {
  name: string
  data: Uint8Array | string
}

/** Files larger than this are refused with a message instead of freezing the page. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024

export function issue(
  kind: ImportIssueKind,
  severity: 'error' | 'warning',
  file: string,
  message: string,
  where: Pick<ImportIssue, 'line' | 'element' | 'column' | 'value'> = {},
): ImportIssue {
  const out: ImportIssue = { kind, severity, file, message }
  if (where.line !== undefined) out.line = where.line
  if (where.element !== undefined) out.element = where.element
  if (where.column !== undefined) out.column = where.column
  if (where.value !== undefined) out.value = where.value
  return out
}

/** Issues grouped by kind in the fixed order of `IMPORT_ISSUE_KINDS`. */
export function groupByKind(
  issues: readonly ImportIssue[],
): { kind: ImportIssueKind; issues: ImportIssue[] }[] {
  return IMPORT_ISSUE_KINDS.map((kind) => ({
    kind,
    issues: issues.filter((i) => i.kind === kind),
  })).filter((group) => group.issues.length > 0)
}

export function hasErrors(issues: readonly ImportIssue[]): boolean {
  return issues.some((i) => i.severity === 'error')
}

/** The message for a file over the size limit, named before its bytes are even read. */
export function tooLargeIssue(file: string, bytes: number): ImportIssue {
  return issue(
    'file',
    'error',
    file,
    `the file is ${(bytes / 1048576).toFixed(1)} MB; files up to ${String(MAX_IMPORT_BYTES / 1048576)} MB can be imported`,
  )
}
