import type { Case, Dataset } from '../../schema.ts'
import {
  ACTOR_ATTRIBUTE_COLUMNS,
  actorRow,
  caseActors,
  citedSources,
  type FlatRow,
  phaseRow,
  positionRows,
  relationRow,
} from './records.ts'

/** A CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string | undefined): string {
  const text = value ?? ''
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text
}

function csvTable(rows: readonly FlatRow[], header: readonly string[]): string {
  const lines = [header.join(',')]
  for (const row of rows) {
    const values = new Map(row)
    lines.push(header.map((column) => csvField(values.get(column))).join(','))
  }
  return `${lines.join('\r\n')}\r\n`
}

const ACTOR_COLUMNS = ['id', 'label', ...ACTOR_ATTRIBUTE_COLUMNS]

/**
 * One case as the CSV files the importer reads: actors.csv, relations.csv, phases.csv,
 * participation.csv and sources.csv (UTF-8, comma-separated, CRLF, header row).
 */
export function writeCsvPair(dataset: Dataset, kase: Case): Record<string, string> {
  const actors = caseActors(dataset, kase)
  return {
    'actors.csv': csvTable(
      actors.map(({ actor, participant }) => actorRow(actor, participant)),
      ACTOR_COLUMNS,
    ),
    'relations.csv': csvTable(kase.relations.map(relationRow), [
      'id',
      'from',
      'to',
      'type',
      'direction',
      'strength',
      'phases',
      'label',
      'label_en',
      'provenance',
      'sources',
      'provenance_note',
    ]),
    'phases.csv': csvTable(kase.phases.map(phaseRow), [
      'id',
      'order',
      'label',
      'label_en',
      'start',
      'end',
      'story',
      'story_en',
      'narrative',
      'narrative_en',
      'provenance',
      'sources',
      'provenance_note',
    ]),
    'participation.csv': csvTable(
      actors.flatMap(({ participant }) => positionRows(participant)),
      ['actor', 'phase', 'roles', 'influence', 'provenance', 'sources', 'provenance_note'],
    ),
    'sources.csv': csvTable(
      citedSources(dataset, kase).map((s) => [
        ['id', s.id],
        ['title', s.title],
        ['publisher', s.publisher],
        ['year', s.year === undefined ? undefined : String(s.year)],
        ['url', s.url],
        ['accessed', s.accessed],
      ]),
      ['id', 'title', 'publisher', 'year', 'url', 'accessed'],
    ),
  }
}
