import {
  DATASET_FORMAT,
  DATASET_VERSION,
  type Case,
  type Dataset,
  type Source,
} from '../../schema.ts'
import { parseDataset } from '../../validate.ts'
import { mapActors } from './mapActors.ts'
import { MapContext } from './mapContext.ts'
import { mapPhases } from './mapPhases.ts'
import type { ImportMapping } from './mapping.ts'
import { mapRelations } from './mapRelations.ts'
import { cellOf, type RawNetwork, type RawRow, type RawTable } from './rawNetwork.ts'
import { toSlug } from './slug.ts'
import { fromDataIssues } from './gateIssues.ts'
import { type ImportResult } from './types.ts'

/**
 * Turns a foreign network into a dataset of one case, using the chosen mapping. Rows that
 * cannot be used are left out and reported as errors; rows changed to fit (an unknown party
 * type, an influence out of range) are reported as warnings. The result passes `parseDataset`.
 */
export function mapNetwork(raw: RawNetwork, mapping: ImportMapping): ImportResult {
  const ctx = new MapContext()
  ctx.issues.push(...raw.issues)
  if (raw.sources) readSources(raw.sources, ctx)
  const phases = mapPhases(raw, ctx)
  const actors = mapActors(raw, mapping, phases, ctx)
  const relations = mapRelations(raw, mapping, phases, actors, ctx)
  if (actors.actors.length === 0) {
    ctx.report('left-out', 'error', raw.actors, null, 'no usable actors: nothing to import')
    return { dataset: null, issues: ctx.issues }
  }
  const title = mapping.title.trim() || 'Eigen netwerk'
  const kase: Case = {
    id: toSlug(title) || 'eigen-netwerk',
    title,
    titleEn: title,
    theme: 'gebiedsontwikkeling',
    city: 'Onbekend',
    setting: 'urban',
    summary: `Geïmporteerd netwerk uit ${raw.actors.file}.`,
    summaryEn: `Network imported from ${raw.actors.file}.`,
    outcome: 'Niet opgegeven.',
    pitfalls: [],
    lessons: [],
    provenance: { kind: 'illustrative' },
    phases: phases.phases,
    participants: actors.participants,
    relations: relations.relations,
  }
  const dataset: Dataset = {
    format: DATASET_FORMAT,
    version: DATASET_VERSION,
    title,
    disclaimer: 'Eigen netwerk uit een geïmporteerd bestand; niet gecontroleerd.',
    disclaimerEn: 'Own network from an imported file; not checked.',
    sources: [...ctx.sources.values()],
    actors: actors.actors,
    cases: [kase],
  }
  const tables: Record<string, { table: RawTable; rows: readonly (RawRow | null)[] }> = {
    actors: { table: raw.actors, rows: actors.rows },
    participants: { table: raw.actors, rows: actors.rows },
    relations: { table: raw.relations, rows: relations.rows },
    phases: { table: raw.phases ?? raw.actors, rows: phases.rows },
  }
  const gate = parseDataset(dataset)
  const gateIssues = fromDataIssues(gate.ok ? gate.warnings : gate.issues, raw.actors.file, tables)
  return { dataset: gate.ok ? gate.dataset : null, issues: [...ctx.issues, ...gateIssues] }
}

/** sources.csv: `id`, `title`, `publisher`, `year`, `url`, `accessed`. */
function readSources(table: RawTable, ctx: MapContext) {
  for (const row of table.rows) {
    const rawId = cellOf(row, 'id')
    const id = rawId === undefined ? '' : toSlug(rawId)
    if (!id) {
      ctx.report('missing-value', 'error', table, row, 'the source has no id: left out', 'id')
      continue
    }
    const source: Source = { id, title: cellOf(row, 'title') ?? rawId ?? id }
    const publisher = cellOf(row, 'publisher')
    if (publisher !== undefined) source.publisher = publisher
    const year = Number(cellOf(row, 'year'))
    if (Number.isInteger(year)) source.year = year
    const url = cellOf(row, 'url')
    if (url !== undefined && /^https?:\/\/\S+$/.test(url)) source.url = url
    const accessed = cellOf(row, 'accessed')
    if (accessed !== undefined && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(accessed))
      source.accessed = accessed
    ctx.sources.set(id, source)
  }
}
