import {
  type AnalysisGraph,
  type AnalysisNode,
  type AnalysisOptions,
  buildAnalysisGraph,
} from '../metrics/analysisGraph.ts'
import {
  type CsvDelimiter,
  type CsvRecord,
  type CsvResult,
  detectDelimiter,
  tokenizeCsv,
} from './csv.ts'

/** One row of an edge list. `weight` is 1 when the file has no weight column. */
export interface EdgeRow {
  source: string
  target: string
  weight: number
  line: number
}

/** A row of a node list. */
export interface NodeRow extends AnalysisNode {
  line: number
}

interface Table {
  columns: Map<string, number>
  rows: CsvRecord[]
  delimiter: CsvDelimiter
}

/**
 * Reads a header and its rows. Column names are matched without regard to case or
 * surrounding spaces, so exports with extra columns (Gephi's `Type`, `Id`, `Label`) are read
 * too; columns not asked for are ignored. Every row must have as many fields as the header.
 */
function readTable(text: string, required: readonly string[], expected: string): CsvResult<Table> {
  const delimiter = detectDelimiter(text)
  const tokens = tokenizeCsv(text, delimiter)
  if (!tokens.ok) return tokens
  const [header, ...rows] = tokens.value
  if (!header) return fail(1, `the file is empty; expected a header ${expected}`)
  const columns = new Map<string, number>()
  for (const [i, raw] of header.fields.entries()) {
    const name = raw.trim().toLowerCase()
    if (columns.has(name)) return fail(header.line, `column "${name}" appears twice in the header`)
    columns.set(name, i)
  }
  const missing = required.filter((name) => !columns.has(name))
  if (missing.length > 0)
    return fail(
      header.line,
      `bad header: missing column "${missing.join('", "')}"; expected ${expected}`,
    )
  for (const row of rows)
    if (row.fields.length !== header.fields.length)
      return fail(row.line, `expected ${header.fields.length} fields, found ${row.fields.length}`)
  return { ok: true, value: { columns, rows, delimiter } }
}

function cell(row: CsvRecord, columns: Map<string, number>, name: string): string | undefined {
  const index = columns.get(name)
  return index === undefined ? undefined : row.fields[index]?.trim()
}

/**
 * Reads a weight: a positive finite number. A semicolon-separated file may use a decimal
 * comma (`1,5`), as Dutch spreadsheets write it.
 */
function parseWeight(raw: string, delimiter: CsvDelimiter): number | string {
  if (raw === '') return 'weight is empty'
  const text = delimiter === ';' ? raw.replace(',', '.') : raw
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text))
    return `weight "${raw}" is not a number`
  const weight = Number(text)
  if (!Number.isFinite(weight) || weight <= 0) return `weight "${raw}" must be a positive number`
  return weight
}

/**
 * Parses an edge list: a header with `source` and `target` and optionally `weight`,
 * separated by commas or semicolons, UTF-8 with or without byte-order mark.
 */
export function parseEdgeListCsv(text: string): CsvResult<EdgeRow[]> {
  const table = readTable(text, ['source', 'target'], 'source,target[,weight]')
  if (!table.ok) return table
  const { columns, rows, delimiter } = table.value
  const edges: EdgeRow[] = []
  for (const row of rows) {
    const source = cell(row, columns, 'source') ?? ''
    const target = cell(row, columns, 'target') ?? ''
    if (source === '') return fail(row.line, 'source is empty')
    if (target === '') return fail(row.line, 'target is empty')
    const rawWeight = cell(row, columns, 'weight')
    const weight = rawWeight === undefined ? 1 : parseWeight(rawWeight, delimiter)
    if (typeof weight === 'string') return fail(row.line, weight)
    edges.push({ source, target, weight, line: row.line })
  }
  return { ok: true, value: edges }
}

/** Parses a node list: a header with `id` and optionally `label` (the id when empty or absent). */
export function parseNodeListCsv(text: string): CsvResult<NodeRow[]> {
  const table = readTable(text, ['id'], 'id[,label]')
  if (!table.ok) return table
  const { columns, rows } = table.value
  const nodes: NodeRow[] = []
  const seen = new Set<string>()
  for (const row of rows) {
    const id = cell(row, columns, 'id') ?? ''
    if (id === '') return fail(row.line, 'id is empty')
    if (seen.has(id)) return fail(row.line, `node "${id}" is listed twice`)
    seen.add(id)
    nodes.push({ id, label: cell(row, columns, 'label') || id, line: row.line })
  }
  return { ok: true, value: nodes }
}

/**
 * The analysis graph of an edge list. Without a node list the nodes are the ends of the
 * edges in order of appearance, labelled by id; with one, its nodes in its order, isolates
 * included, and an edge naming a node not in the list is an error on that edge's line.
 * Self-loops are dropped and repeated edges collapse with summed weights (see
 * `buildAnalysisGraph`). In a directed analysis each row runs source → target.
 */
export function edgeListGraph(
  edges: readonly EdgeRow[],
  nodes: readonly AnalysisNode[] | undefined,
  options: AnalysisOptions = {},
): CsvResult<AnalysisGraph> {
  let list: AnalysisNode[]
  if (nodes) {
    const known = new Set(nodes.map((n) => n.id))
    for (const edge of edges)
      for (const end of [edge.source, edge.target])
        if (!known.has(end)) return fail(edge.line, `node "${end}" is not in the node list`)
    list = nodes.map(({ id, label }) => ({ id, label }))
  } else {
    const ids = [...new Set(edges.flatMap((e) => [e.source, e.target]))]
    list = ids.map((id) => ({ id, label: id }))
  }
  const ties = edges.map((e) => ({ ...e, directed: true }))
  return { ok: true, value: buildAnalysisGraph(list, ties, options) }
}

function fail<T>(line: number, message: string): CsvResult<T> {
  return { ok: false, error: { line, message } }
}
