import { decodeText } from './decode.ts'
import type { RawNetwork, RawRow, RawTable } from './rawNetwork.ts'
import { normalizeColumn } from './rawNetwork.ts'
import { type ImportIssue, type InputFile, issue } from './types.ts'
import { childNamed, childrenNamed, parseXml, type XmlElement } from './xml.ts'

/** Node keys named `influence:<phase>` or `roles:<phase>` hold a value per phase. */
const PER_PHASE = /^(influence|roles|invloed|rollen):(.+)$/

/**
 * Reads GraphML (networkx, yEd, Cytoscape desktop): `<key>` declarations name the columns,
 * `<data>` fills them, with key defaults; `edgedefault` and an edge's `directed` give the
 * direction. From yEd's graphics the node label, fill colour and position are read. A graph
 * data key `phases` (a JSON list, as this app writes it) declares the phases.
 */
export function readGraphml(file: InputFile): { raw: RawNetwork | null; issues: ImportIssue[] } {
  const decoded = decodeText(file)
  if (!decoded.ok) return { raw: null, issues: decoded.issues }
  const xml = parseXml(file.name, decoded.text)
  if (!xml.ok) return { raw: null, issues: [...decoded.issues, ...xml.issues] }
  const issues = [...decoded.issues]
  const graphs = childrenNamed(xml.root, 'graph')
  const graph = graphs[0]
  if (xml.root.name !== 'graphml' || !graph)
    return {
      raw: null,
      issues: [
        ...issues,
        issue('file', 'error', file.name, 'not a GraphML file: expected <graphml> with a <graph>'),
      ],
    }
  if (graphs.length > 1)
    issues.push(
      issue(
        'file',
        'warning',
        file.name,
        `the file holds ${String(graphs.length)} graphs: only the first is read`,
      ),
    )
  const keys = readKeys(xml.root)
  const graphData = dataOf(graph, keys, 'graph')

  const actors: RawTable = { file: file.name, columns: ['id'], rows: [] }
  const participation: RawTable = { file: file.name, columns: ['actor', 'phase'], rows: [] }
  const byActorPhase = new Map<string, RawRow>()
  for (const node of childrenNamed(graph, 'node')) {
    const id = node.attrs.get('id') ?? ''
    const element = `node "${id}"`
    const values = new Map([['id', id], ...dataOf(node, keys, 'node')])
    for (const [name, value] of [...values]) {
      const perPhase = PER_PHASE.exec(name)
      if (!perPhase) continue
      values.delete(name)
      const [, field = '', phase = ''] = perPhase
      const key = `${id}\u0000${phase}`
      let row = byActorPhase.get(key)
      if (!row) {
        row = {
          element,
          values: new Map([
            ['actor', id],
            ['phase', phase],
          ]),
        }
        byActorPhase.set(key, row)
        participation.rows.push(row)
      }
      const column = field.startsWith('r') ? 'roles' : 'influence'
      row.values.set(column, value)
      if (!participation.columns.includes(column)) participation.columns.push(column)
    }
    for (const name of values.keys()) if (!actors.columns.includes(name)) actors.columns.push(name)
    actors.rows.push({ element, values })
  }
  const relations: RawTable = {
    file: file.name,
    columns: ['id', 'source', 'target', 'direction'],
    rows: [],
  }
  childrenNamed(graph, 'edge').forEach((edge, index) => {
    const values = new Map([
      ['id', edge.attrs.get('id') ?? ''],
      ['source', edge.attrs.get('source') ?? ''],
      ['target', edge.attrs.get('target') ?? ''],
      ['direction', edge.attrs.get('directed') ?? ''],
      ...dataOf(edge, keys, 'edge'),
    ])
    for (const name of values.keys())
      if (!relations.columns.includes(name)) relations.columns.push(name)
    relations.rows.push({ element: `edge "${edge.attrs.get('id') ?? String(index)}"`, values })
  })

  const raw: RawNetwork = {
    format: 'graphml',
    title: graphData.get('name') || graph.attrs.get('id') || file.name.replace(/\.graphml$/i, ''),
    actors,
    relations,
    directed: (graph.attrs.get('edgedefault') ?? 'directed') === 'directed',
    issues,
  }
  const phases = jsonTable(file.name, 'phases', graphData.get('phases'), issues)
  if (phases) raw.phases = phases
  const sources = jsonTable(file.name, 'sources', graphData.get('sources'), issues)
  if (sources) raw.sources = sources
  if (participation.rows.length > 0) raw.participation = participation
  return { raw, issues: [] }
}

interface Key {
  name: string
  for: string
  default?: string
}

function readKeys(root: XmlElement): Map<string, Key> {
  const keys = new Map<string, Key>()
  for (const key of childrenNamed(root, 'key')) {
    const id = key.attrs.get('id')
    if (id === undefined) continue
    const yfiles = key.attrs.get('yfiles.type')
    const name = key.attrs.get('attr.name') ?? (yfiles ? `yfiles:${yfiles}` : id)
    const fallback = childNamed(key, 'default')?.text
    keys.set(id, {
      name: normalizeColumn(name),
      for: key.attrs.get('for') ?? 'all',
      ...(fallback ? { default: fallback } : {}),
    })
  }
  return keys
}

/** Column values of a node, edge or graph: key defaults, then its `<data>`; yEd graphics unpacked. */
function dataOf(element: XmlElement, keys: Map<string, Key>, kind: string): Map<string, string> {
  const values = new Map<string, string>()
  for (const key of keys.values())
    if (key.default !== undefined && (key.for === kind || key.for === 'all'))
      values.set(key.name, key.default)
  for (const data of childrenNamed(element, 'data')) {
    const key = keys.get(data.attrs.get('key') ?? '')
    const name = key?.name ?? normalizeColumn(data.attrs.get('key') ?? '')
    if (data.children.length > 0) readYedGraphics(data, values)
    else values.set(name, data.text)
  }
  return values
}

/** yEd keeps label, colour and position inside `<y:ShapeNode>` (or `<y:PolyLineEdge>`). */
function readYedGraphics(data: XmlElement, values: Map<string, string>) {
  const visit = (element: XmlElement) => {
    if (
      (element.name === 'NodeLabel' || element.name === 'EdgeLabel') &&
      element.text.trim() !== '' &&
      !values.has('label')
    )
      values.set('label', element.text.trim())
    if (element.name === 'Fill' && element.attrs.has('color'))
      values.set('color', element.attrs.get('color') ?? '')
    if (element.name === 'Geometry') {
      for (const axis of ['x', 'y'])
        if (element.attrs.has(axis)) values.set(axis, element.attrs.get(axis) ?? '')
    }
    element.children.forEach(visit)
  }
  data.children.forEach(visit)
}

/** A graph data key holding a JSON list of flat records, as a table. */
function jsonTable(
  file: string,
  key: string,
  json: string | undefined,
  issues: ImportIssue[],
): RawTable | undefined {
  if (json === undefined) return undefined
  let list: unknown
  try {
    list = JSON.parse(json)
  } catch {
    list = undefined
  }
  if (!Array.isArray(list)) {
    issues.push(
      issue('syntax', 'warning', file, `the graph data "${key}" is not a JSON list: ignored`, {
        element: 'graph',
        column: key,
      }),
    )
    return undefined
  }
  const table: RawTable = { file, columns: [], rows: [] }
  list.forEach((item: unknown, i) => {
    if (typeof item !== 'object' || item === null) return
    const values = new Map<string, string>()
    for (const [key, value] of Object.entries(item)) {
      const name = normalizeColumn(key)
      values.set(
        name,
        typeof value === 'string' ? value : Array.isArray(value) ? value.join('|') : String(value),
      )
      if (!table.columns.includes(name)) table.columns.push(name)
    }
    table.rows.push({ element: `${key} ${String(i + 1)}`, values })
  })
  return table
}
