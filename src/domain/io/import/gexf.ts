import { decodeText } from './decode.ts'
import type { RawNetwork, RawRow, RawTable } from './rawNetwork.ts'
import { normalizeColumn } from './rawNetwork.ts'
import { type ImportIssue, type InputFile, issue } from './types.ts'
import { type Interval, intervalOf, intervalsOf, timePoints } from './gexfTime.ts'
import { childNamed, childrenNamed, parseXml, type XmlElement } from './xml.ts'

/**
 * Reads GEXF 1.2 or 1.3 (Gephi, Gephi Lite, networkx). Node and edge attributes become
 * columns by their title; `viz` colour, size and position become `color`, `size`, `x`, `y`.
 * In a dynamic graph each distinct start time (of spells, `start`/`end`, timestamps and dated
 * attribute values) is a phase; a node's spells say in which phases it takes part and its
 * dated attribute values give its values per phase (e.g. influence).
 */
export function readGexf(file: InputFile): { raw: RawNetwork | null; issues: ImportIssue[] } {
  const decoded = decodeText(file)
  if (!decoded.ok) return { raw: null, issues: decoded.issues }
  const xml = parseXml(file.name, decoded.text)
  if (!xml.ok) return { raw: null, issues: [...decoded.issues, ...xml.issues] }
  const issues = [...decoded.issues]
  const graph = childNamed(xml.root, 'graph')
  if (xml.root.name !== 'gexf' || !graph)
    return {
      raw: null,
      issues: [
        ...issues,
        issue('file', 'error', file.name, 'not a GEXF file: expected <gexf> with a <graph>'),
      ],
    }
  const numeric = !['date', 'datetime'].includes(
    (graph.attrs.get('timeformat') ?? 'double').toLowerCase(),
  )
  const titles = attributeTitles(graph)
  const nodes = childrenNamed(childNamed(graph, 'nodes'), 'node')
  const edges = childrenNamed(childNamed(graph, 'edges'), 'edge')
  const discrete = ['integer', 'long'].includes((graph.attrs.get('timeformat') ?? '').toLowerCase())
  const points = timePoints([...nodes, ...edges], numeric, discrete)
  const covers = (interval: Interval, point: string) => {
    const cmp = (a: string, b: string) =>
      numeric ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0
    return (
      (interval.start === undefined || cmp(interval.start, point) <= 0) &&
      (interval.end === undefined || cmp(point, interval.end) <= 0)
    )
  }
  const phaseOf = new Map(points.map((p, i) => [p, String(i + 1)]))

  const actors: RawTable = { file: file.name, columns: ['id', 'label'], rows: [] }
  const participation: RawTable = { file: file.name, columns: ['actor', 'phase'], rows: [] }
  const relations: RawTable = {
    file: file.name,
    columns: ['id', 'source', 'target', 'direction', 'weight', 'label', 'phases'],
    rows: [],
  }
  const addColumn = (table: RawTable, name: string) => {
    if (!table.columns.includes(name)) table.columns.push(name)
  }

  for (const node of nodes) {
    const id = node.attrs.get('id')
    const element = `node "${id ?? '?'}"`
    const values = new Map<string, string>([
      ['id', id ?? ''],
      ['label', node.attrs.get('label') ?? ''],
    ])
    const dynamic = readAttvalues(node, titles.get('node'), values, (title) =>
      addColumn(actors, title),
    )
    readViz(node, values, (name) => addColumn(actors, name))
    actors.rows.push({ element, values })
    const spells = intervalsOf(node)
    if (points.length === 0 || (spells.length === 0 && dynamic.length === 0)) continue
    for (const point of points) {
      if (spells.length > 0 && !spells.some((s) => covers(s, point))) continue
      const row: RawRow = {
        element,
        values: new Map([
          ['actor', id ?? ''],
          ['phase', phaseOf.get(point) ?? ''],
        ]),
      }
      for (const value of dynamic)
        if (covers(value, point)) {
          row.values.set(value.title, value.value)
          addColumn(participation, value.title)
        }
      participation.rows.push(row)
    }
  }
  edges.forEach((edge, index) => {
    const values = new Map<string, string>()
    for (const [attr, column] of [
      ['id', 'id'],
      ['source', 'source'],
      ['target', 'target'],
      ['type', 'direction'],
      ['weight', 'weight'],
      ['label', 'label'],
      ['kind', 'kind'],
    ])
      values.set(column as string, edge.attrs.get(attr as string) ?? '')
    if (edge.attrs.has('kind')) addColumn(relations, 'kind')
    readAttvalues(edge, titles.get('edge'), values, (title) => addColumn(relations, title))
    const spells = intervalsOf(edge)
    if (spells.length > 0)
      values.set(
        'phases',
        points
          .filter((p) => spells.some((s) => covers(s, p)))
          .map((p) => phaseOf.get(p))
          .join('|'),
      )
    relations.rows.push({ element: `edge "${edge.attrs.get('id') ?? String(index)}"`, values })
  })

  const defaultType = (graph.attrs.get('defaultedgetype') ?? 'undirected').toLowerCase()
  const raw: RawNetwork = {
    format: 'gexf',
    title: graph.attrs.get('name') || file.name.replace(/\.gexf$/i, ''),
    actors,
    relations,
    directed: defaultType === 'directed',
    issues,
  }
  if (points.length > 0) {
    raw.phases = {
      file: file.name,
      columns: ['id', 'order', 'label', 'start'],
      rows: points.map((p, i) => ({
        element: `time ${p}`,
        values: new Map([
          ['id', `fase-${String(i + 1)}`],
          ['order', String(i + 1)],
          ['label', numeric ? `Fase ${String(i + 1)}` : p],
          ['start', numeric ? '' : p],
        ]),
      })),
    }
    if (participation.rows.length > 0) raw.participation = participation
  }
  return { raw, issues: [] }
}

/** Attribute titles by class (`node`, `edge`) and id, lower-cased: the column names. */
function attributeTitles(
  graph: XmlElement,
): Map<string, Map<string, { title: string; default?: string }>> {
  const out = new Map<string, Map<string, { title: string; default?: string }>>()
  for (const block of childrenNamed(graph, 'attributes')) {
    const cls = block.attrs.get('class') ?? 'node'
    const byId = out.get(cls) ?? new Map<string, { title: string; default?: string }>()
    for (const attribute of childrenNamed(block, 'attribute')) {
      const id = attribute.attrs.get('id')
      if (id === undefined) continue
      const fallback = childNamed(attribute, 'default')?.text
      byId.set(id, {
        title: normalizeColumn(attribute.attrs.get('title') ?? id),
        ...(fallback ? { default: fallback } : {}),
      })
    }
    out.set(cls, byId)
  }
  return out
}

interface DatedValue extends Interval {
  title: string
  value: string
}

/** Static values go into `values`; dated ones are returned. Defaults fill attributes left out. */
function readAttvalues(
  element: XmlElement,
  titles: Map<string, { title: string; default?: string }> | undefined,
  values: Map<string, string>,
  declare: (title: string) => void,
): DatedValue[] {
  const dated: DatedValue[] = []
  for (const [, { title, default: fallback }] of titles ?? []) {
    declare(title)
    if (fallback !== undefined) values.set(title, fallback)
  }
  for (const attvalue of childrenNamed(childNamed(element, 'attvalues'), 'attvalue')) {
    const ref = attvalue.attrs.get('for') ?? attvalue.attrs.get('id') ?? ''
    const title = titles?.get(ref)?.title ?? normalizeColumn(ref)
    declare(title)
    const value = attvalue.attrs.get('value') ?? ''
    const interval = intervalOf(attvalue)
    if (interval) dated.push({ ...interval, title, value })
    else values.set(title, value)
  }
  return dated
}

function readViz(node: XmlElement, values: Map<string, string>, declare: (name: string) => void) {
  const color = childNamed(node, 'color')
  if (color) {
    const hex = ['r', 'g', 'b']
      .map((c) =>
        Number(color.attrs.get(c) ?? 0)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')
    values.set('color', color.attrs.get('hex') ?? `#${hex}`)
    declare('color')
  }
  const size = childNamed(node, 'size')?.attrs.get('value')
  if (size !== undefined) {
    values.set('size', size)
    declare('size')
  }
  const position = childNamed(node, 'position')
  for (const axis of ['x', 'y'])
    if (position?.attrs.has(axis)) {
      values.set(axis, position.attrs.get(axis) ?? '')
      declare(axis)
    }
}
