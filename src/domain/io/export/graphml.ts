import type { Case, Dataset } from '../../schema.ts'
import {
  actorRow,
  caseActors,
  citedSources,
  type FlatRow,
  phaseRow,
  provenanceColumns,
} from './records.ts'
import { xmlAttrs, xmlEscape } from './xmlText.ts'

/**
 * One case as GraphML (networkx, yEd, Cytoscape desktop read it). The phase is an attribute:
 * each node has `influence:<phase>` and `roles:<phase>` keys for the phases it is in, each
 * edge a `phases` key; the graph keys `phases` and `sources` hold the phase and source records
 * as JSON. Only the case texts other than the title are not written.
 */
export function writeGraphml(dataset: Dataset, kase: Case): string {
  const actors = caseActors(dataset, kase)
  const nodeRows = actors.map(({ actor, participant }) => {
    const row: FlatRow = actorRow(actor, participant).filter(([name]) => name !== 'id')
    for (const pos of participant.positions) {
      row.push([`influence:${pos.phase}`, String(pos.influence)])
      row.push([`roles:${pos.phase}`, pos.roles.join('|')])
    }
    return { id: actor.id, row }
  })
  const edgeRows = kase.relations.map((rel) => ({
    rel,
    row: [
      ['type', rel.type],
      ['strength', String(rel.strength)],
      ['phases', rel.phases.join('|')],
      ['label', rel.label],
      ['label_en', rel.labelEn],
      ...provenanceColumns(rel.provenance),
    ] as FlatRow,
  }))
  const keyIds = new Map<string, string>()
  const keys: string[] = []
  const keyOf = (kind: string, name: string) => {
    const k = `${kind}\u0000${name}`
    let id = keyIds.get(k)
    if (id === undefined) {
      id = `d${String(keyIds.size)}`
      keyIds.set(k, id)
      const type = name === 'strength' || name.startsWith('influence:') ? 'int' : 'string'
      keys.push(`  <key${xmlAttrs({ id, for: kind, 'attr.name': name, 'attr.type': type })}/>`)
    }
    return id
  }
  const data = (kind: string, row: FlatRow) =>
    row
      .filter(([, value]) => value !== undefined && value !== '')
      .map(([name, value]) => `<data key="${keyOf(kind, name)}">${xmlEscape(value ?? '')}</data>`)
      .join('')
  const phases = kase.phases.map((p) =>
    Object.fromEntries(phaseRow(p).filter(([, v]) => v !== undefined && v !== '')),
  )
  const sources = citedSources(dataset, kase)
  const graphData = data('graph', [
    ['name', kase.title],
    ['phases', JSON.stringify(phases)],
    ['sources', sources.length > 0 ? JSON.stringify(sources) : undefined],
  ])
  const nodes = nodeRows.map(
    ({ id, row }) => `    <node${xmlAttrs({ id })}>${data('node', row)}</node>`,
  )
  const edges = edgeRows.map(
    ({ rel, row }) =>
      `    <edge${xmlAttrs({ id: rel.id, source: rel.source, target: rel.target, directed: String(rel.directed) })}>${data('edge', row)}</edge>`,
  )
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys,
    `  <graph id="G" edgedefault="undirected">${graphData}`,
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n')
}
