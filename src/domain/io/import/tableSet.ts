import { type ForeignFormat, findColumn, type RawNetwork, type RawTable } from './rawNetwork.ts'
import { normalizeWord } from './synonyms.ts'
import { type ImportIssue, issue } from './types.ts'

export type TableRole = 'actors' | 'relations' | 'phases' | 'participation' | 'sources'

/** File and sheet names, Dutch and English (Kumu's elements/connections too), without extension. */
const ROLE_NAMES: Record<TableRole, readonly string[]> = {
  actors: ['actors', 'actoren', 'actor', 'partijen', 'elements', 'nodes', 'knopen'],
  relations: ['relations', 'relaties', 'relatie', 'verbindingen', 'connections', 'edges', 'links'],
  phases: ['phases', 'fasen', 'fases', 'fase', 'phase'],
  participation: ['participation', 'deelname', 'posities', 'positions'],
  sources: ['sources', 'bronnen'],
}

/** Which table a file or sheet is, from its name (`Actoren.CSV`, `relations`), or undefined. */
export function tableRole(name: string): TableRole | undefined {
  const base = normalizeWord(name.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]+$/i, ''))
  for (const role of Object.keys(ROLE_NAMES) as TableRole[])
    if (ROLE_NAMES[role].some((n) => base === n || base.endsWith(` ${n}`))) return role
  return undefined
}

/**
 * A raw network from named tables (CSV files or workbook sheets). Without an actors table the
 * actors are the ends of the relations, reported once.
 */
export function networkFromTables(
  format: ForeignFormat,
  title: string,
  tables: ReadonlyMap<TableRole, RawTable>,
  issues: ImportIssue[],
): RawNetwork | null {
  const relations = tables.get('relations')
  let actors = tables.get('actors')
  if (!actors && !relations) {
    issues.push(
      issue(
        'file',
        'error',
        title,
        'no actors or relations table: name the files actors.csv and relations.csv (or sheets actors and relations)',
      ),
    )
    return null
  }
  if (!actors && relations) {
    actors = actorsFromRelations(relations)
    issues.push(
      issue(
        'missing-column',
        'warning',
        relations.file,
        'no actors table: the actors are the ends of the relations',
      ),
    )
  }
  const network: RawNetwork = {
    format,
    title,
    actors: actors as RawTable,
    relations: relations ?? { file: 'relations', columns: ['source', 'target'], rows: [] },
    issues,
  }
  for (const role of ['phases', 'participation', 'sources'] as const) {
    const table = tables.get(role)
    if (table) network[role] = table
  }
  return network
}

function actorsFromRelations(relations: RawTable): RawTable {
  const from = findColumn(relations, ['from', 'source', 'van']) ?? relations.columns[0]
  const to = findColumn(relations, ['to', 'target', 'naar']) ?? relations.columns[1]
  const seen = new Set<string>()
  const table: RawTable = { file: relations.file, columns: ['id'], rows: [] }
  for (const row of relations.rows)
    for (const column of [from, to]) {
      const id = column === undefined ? undefined : row.values.get(column)?.trim()
      if (id && !seen.has(id)) {
        seen.add(id)
        table.rows.push({
          ...(row.line !== undefined ? { line: row.line } : {}),
          values: new Map([['id', id]]),
        })
      }
    }
  return table
}
