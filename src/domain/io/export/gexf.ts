import type { Case, Dataset } from '../../schema.ts'
import {
  ACTOR_ATTRIBUTE_COLUMNS,
  actorRow,
  caseActors,
  type FlatRow,
  provenanceColumns,
} from './records.ts'
import { xmlAttrs, xmlEscape } from './xmlText.ts'

const NODE_STATIC = ACTOR_ATTRIBUTE_COLUMNS
const EDGE_STATIC = ['type', 'strength', 'label_en', 'provenance', 'sources', 'provenance_note']

/**
 * One case as GEXF 1.3 for Gephi and Gephi Lite: a dynamic graph with integer time, where
 * phase n is the interval [n, n]. Nodes and edges have spells for the phases they are in;
 * influence and roles are dynamic attributes. Phase labels, periods and texts, the source list
 * and the case texts have no place in GEXF and are not written.
 */
export function writeGexf(dataset: Dataset, kase: Case): string {
  const order = new Map(kase.phases.map((p) => [p.id, p.order]))
  const spell = (phase: string) => order.get(phase) ?? 0
  const declare = (
    cls: string,
    mode: string,
    names: readonly string[],
    types: Record<string, string> = {},
  ) =>
    `    <attributes class="${cls}" mode="${mode}">\n${names
      .map(
        (name) =>
          `      <attribute${xmlAttrs({ id: name, title: name, type: types[name] ?? 'string' })}/>`,
      )
      .join('\n')}\n    </attributes>`
  const attvalues = (row: FlatRow, names: readonly string[]) =>
    row
      .filter(([name, value]) => names.includes(name) && value !== undefined && value !== '')
      .map(([name, value]) => `<attvalue${xmlAttrs({ for: name, value })}/>`)

  const nodes = caseActors(dataset, kase).map(({ actor, participant }) => {
    const dynamic = participant.positions.flatMap((pos) => [
      `<attvalue${xmlAttrs({ for: 'influence', value: pos.influence, start: spell(pos.phase), end: spell(pos.phase) })}/>`,
      ...(pos.roles.length > 0
        ? [
            `<attvalue${xmlAttrs({ for: 'roles', value: pos.roles.join('|'), start: spell(pos.phase), end: spell(pos.phase) })}/>`,
          ]
        : []),
    ])
    const spells = participant.positions.map(
      (pos) => `<spell${xmlAttrs({ start: spell(pos.phase), end: spell(pos.phase) })}/>`,
    )
    return [
      `      <node${xmlAttrs({ id: actor.id, label: actor.label })}>`,
      `        <attvalues>${[...attvalues(actorRow(actor, participant), NODE_STATIC), ...dynamic].join('')}</attvalues>`,
      `        <spells>${spells.join('')}</spells>`,
      `      </node>`,
    ].join('\n')
  })
  const edges = kase.relations.map((rel) => {
    const row: FlatRow = [
      ['type', rel.type],
      ['strength', String(rel.strength)],
      ['label_en', rel.labelEn],
      ...provenanceColumns(rel.provenance),
    ]
    const spells = rel.phases.map((p) => `<spell${xmlAttrs({ start: spell(p), end: spell(p) })}/>`)
    return [
      `      <edge${xmlAttrs({ id: rel.id, source: rel.source, target: rel.target, type: rel.directed ? 'directed' : 'undirected', weight: rel.strength, label: rel.label })}>`,
      `        <attvalues>${attvalues(row, EDGE_STATIC).join('')}</attvalues>`,
      `        <spells>${spells.join('')}</spells>`,
      `      </edge>`,
    ].join('\n')
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `  <meta><creator>Wijknetwerk</creator><description>${xmlEscape(dataset.disclaimer)}</description></meta>`,
    `  <graph${xmlAttrs({ mode: 'dynamic', defaultedgetype: 'undirected', timeformat: 'integer', name: kase.title })}>`,
    declare('node', 'static', NODE_STATIC),
    declare('node', 'dynamic', ['influence', 'roles'], { influence: 'integer' }),
    declare('edge', 'static', EDGE_STATIC, { strength: 'integer' }),
    '    <nodes>',
    ...nodes,
    '    </nodes>',
    '    <edges>',
    ...edges,
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n')
}
