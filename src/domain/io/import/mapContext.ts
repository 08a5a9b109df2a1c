import type { Provenance, Source } from '../../schema.ts'
import { INFLUENCE_MAX, INFLUENCE_MIN } from '../../vocabulary.ts'
import { cellOf, type RawRow, type RawTable, splitMulti } from './rawNetwork.ts'
import { toSlug } from './slug.ts'
import { matchProvenance } from './synonyms.ts'
import { type ImportIssue, type ImportIssueKind, issue } from './types.ts'

/** Shared state while a raw network is mapped: the issues found and the sources known. */
export class MapContext {
  readonly issues: ImportIssue[] = []
  readonly sources = new Map<string, Source>()

  report(
    kind: ImportIssueKind,
    severity: 'error' | 'warning',
    table: RawTable,
    row: RawRow | null,
    message: string,
    column?: string,
    value?: string,
  ): void {
    const where: Pick<ImportIssue, 'line' | 'element' | 'column' | 'value'> = {}
    if (row?.line !== undefined) where.line = row.line
    if (row?.element !== undefined) where.element = row.element
    if (column !== undefined) where.column = column
    if (value !== undefined) where.value = value
    this.issues.push(issue(kind, severity, table.file, message, where))
  }

  /**
   * A record's provenance from the columns `<prefix>provenance`, `<prefix>sources` and
   * `<prefix>provenance_note`. Without them a user file's record is `illustrative`. A cited
   * source that the file does not list is added with its id as title (and reported).
   */
  provenance(table: RawTable, row: RawRow, prefix = ''): Provenance {
    const kindColumn = `${prefix}provenance`
    const rawKind = cellOf(row, kindColumn)
    let kind = rawKind === undefined ? 'illustrative' : matchProvenance(rawKind)
    if (kind === undefined) {
      this.report(
        'unknown-value',
        'warning',
        table,
        row,
        'unknown provenance; expected review, public-source or illustrative: read as illustrative',
        kindColumn,
        rawKind,
      )
      kind = 'illustrative'
    }
    const sources = splitMulti(cellOf(row, `${prefix}sources`)).map((raw) =>
      this.cite(table, row, raw, `${prefix}sources`),
    )
    if (kind === 'public-source' && sources.length === 0) {
      this.report(
        'missing-value',
        'warning',
        table,
        row,
        'a public-source record must cite a source: read as illustrative',
        `${prefix}sources`,
      )
      kind = 'illustrative'
    }
    const out: Provenance = { kind }
    if (sources.length > 0) out.sources = sources
    const note = cellOf(row, `${prefix}provenance_note`)
    if (note !== undefined) out.note = note
    return out
  }

  private cite(table: RawTable, row: RawRow, raw: string, column: string): string {
    const id = toSlug(raw) || 'bron'
    if (!this.sources.has(id)) {
      this.sources.set(id, { id, title: raw })
      this.report(
        'unknown-reference',
        'warning',
        table,
        row,
        `source "${raw}" is not listed in the file; it is kept with its id as title`,
        column,
        raw,
      )
    }
    return id
  }

  /** An influence 0–8; a decimal is rounded and a value outside the range clamped, both reported. */
  influence(table: RawTable, row: RawRow, column: string, fallback: number): number {
    const raw = cellOf(row, column)
    if (raw === undefined) return fallback
    return this.wholeNumber(table, row, column, raw, {
      min: INFLUENCE_MIN,
      max: INFLUENCE_MAX,
      fallback,
      notANumber: `influence is not a number: ${String(fallback)} is used`,
      outOfRange: (used) => `influence must be a whole number 0–8: ${String(used)} is used`,
    })
  }

  /**
   * A cell's whole number within [min, max]: a decimal is rounded and a value outside the range
   * clamped, a cell that is no number gives `fallback`; each reported as a warning.
   */
  wholeNumber(
    table: RawTable,
    row: RawRow,
    column: string | null,
    raw: string,
    rule: WholeNumberRule,
  ): number {
    const value = Number(raw.replace(',', '.'))
    if (!Number.isFinite(value)) {
      this.report('not-a-number', 'warning', table, row, rule.notANumber, column ?? undefined, raw)
      return rule.fallback
    }
    const clamped = Math.min(rule.max, Math.max(rule.min, Math.round(value)))
    if (clamped !== value)
      this.report(
        'out-of-range',
        'warning',
        table,
        row,
        rule.outOfRange(clamped),
        column ?? undefined,
        raw,
      )
    return clamped
  }
}

export interface WholeNumberRule {
  min: number
  max: number
  /** Used for a cell that is not a number. */
  fallback: number
  notANumber: string
  outOfRange: (used: number) => string
}

/** YYYY, YYYY-MM or YYYY-MM-DD; also the start of an ISO date-time. */
export function partialDate(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined
  const match = /^(\d{4}(-\d{2}(-\d{2})?)?)(T.*)?$/.exec(raw.trim())
  return match?.[1]
}
