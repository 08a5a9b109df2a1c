import type { ImportIssue } from './types.ts'

/**
 * A foreign file read into plain tables before any meaning is given to its columns: what the
 * CSV pair, an Excel workbook, GEXF and GraphML have in common. The mapping (which column is the
 * party type, which the influence) turns it into a dataset in `mapNetwork`.
 */
export interface RawRow {
  /** 1-based line (CSV) or sheet row. */
  line?: number
  /** An XML element, e.g. `node "n3"`. */
  element?: string
  /** Cell values by lower-cased, trimmed column name; a Map, so `__proto__` is just a key. */
  values: Map<string, string>
}

export interface RawTable {
  /** The file (and sheet) the rows come from, as named in issues. */
  file: string
  /** Column names as in the file, lower-cased and trimmed, in their order. */
  columns: string[]
  rows: RawRow[]
}

export type ForeignFormat = 'csv' | 'xlsx' | 'gexf' | 'graphml'

export interface RawNetwork {
  format: ForeignFormat
  /** The network's name, e.g. GEXF `graph name` or the file name. */
  title: string
  actors: RawTable
  relations: RawTable
  /** Declared phases (phases.csv, or phases derived from GEXF spells). */
  phases?: RawTable
  /** Per actor and phase: roles and influence (participation.csv, GEXF dynamic attributes). */
  participation?: RawTable
  sources?: RawTable
  /** How relations without a direction are read (GraphML `edgedefault`, GEXF `defaultedgetype`). */
  directed?: boolean
  /** Problems found while reading the tables themselves. */
  issues: ImportIssue[]
}

export function normalizeColumn(name: string): string {
  return name.trim().toLowerCase()
}

export function emptyTable(file: string): RawTable {
  return { file, columns: [], rows: [] }
}

/** A cell value, trimmed; undefined when the column is absent or the cell empty. */
export function cellOf(row: RawRow, column: string | null | undefined): string | undefined {
  if (column === null || column === undefined) return undefined
  const value = row.values.get(column)?.trim()
  return value === undefined || value === '' ? undefined : value
}

/** The first of `names` that is a column of the table. */
export function findColumn(table: RawTable, names: readonly string[]): string | null {
  for (const name of names) if (table.columns.includes(name)) return name
  return null
}

/** Splits a multi-value cell on `|` (Kumu's separator). */
export function splitMulti(value: string | undefined): string[] {
  if (value === undefined) return []
  return value
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== '')
}
