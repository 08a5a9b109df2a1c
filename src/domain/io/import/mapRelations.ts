import type { Participant, Relation } from '../../schema.ts'
import { DIRECTED_BY_DEFAULT, STRENGTH_MAX, STRENGTH_MIN } from '../../vocabulary.ts'
import type { MappedActors } from './mapActors.ts'
import type { MapContext } from './mapContext.ts'
import type { MappedPhases } from './mapPhases.ts'
import type { ImportMapping } from './mapping.ts'
import { cellOf, type RawNetwork, type RawRow, type RawTable, splitMulti } from './rawNetwork.ts'
import { SlugMap } from './slug.ts'
import { matchDirection, matchRelationType, matchStrength } from './synonyms.ts'

export interface MappedRelations {
  relations: Relation[]
  rows: RawRow[]
}

/**
 * Relations between imported actors. A relation to an actor that is missing or left out is
 * left out; its phases are those listed (by id, order or label; `*` for all), else every phase
 * in which both ends take part.
 */
export function mapRelations(
  raw: RawNetwork,
  mapping: ImportMapping,
  phases: MappedPhases,
  actors: MappedActors,
  ctx: MapContext,
): MappedRelations {
  const table = raw.relations
  const out: MappedRelations = { relations: [], rows: [] }
  const ids = new SlugMap('relatie')
  const presence = new Map<string, Set<string>>(
    actors.participants.map((p: Participant) => [
      p.actor,
      new Set(p.positions.map((pos) => pos.phase)),
    ]),
  )
  for (const field of ['relationSource', 'relationTarget'] as const)
    if (mapping[field] === null)
      ctx.report(
        'missing-column',
        'error',
        table,
        null,
        `no column is chosen as the relation ${field === 'relationSource' ? 'source' : 'target'}`,
      )
  for (const row of table.rows) {
    const ends = endsOf(table, row, mapping, actors, ctx)
    if (!ends) continue
    const [source, target] = ends
    const type = typeOf(table, row, mapping, ctx)
    const rawId = cellOf(row, 'id')
    if (rawId !== undefined && ids.get(rawId) !== undefined) {
      ctx.report(
        'duplicate-id',
        'error',
        table,
        row,
        `relation "${rawId}" is listed twice: this row is left out`,
        'id',
        rawId,
      )
      continue
    }
    const both = [...(presence.get(source) ?? [])].filter((p) => presence.get(target)?.has(p))
    const listed = phasesOf(table, row, mapping, phases, ctx)
    const held = (listed ?? phases.phases.map((p) => p.id)).filter((p) => both.includes(p))
    if (listed && held.length < listed.length)
      ctx.report(
        'left-out',
        'warning',
        table,
        row,
        'phases in which an end does not take part are left out',
        mapping.relationPhases ?? undefined,
      )
    if (held.length === 0) {
      ctx.report(
        'left-out',
        'error',
        table,
        row,
        'the two actors share no phase in which this relation could hold: left out',
      )
      continue
    }
    const relation: Relation = {
      id: rawId === undefined ? ids.fresh(`${source}-${target}`) : ids.add(rawId),
      type,
      source,
      target,
      directed: directionOf(table, row, mapping, raw, type, ctx),
      strength: strengthOf(table, row, mapping.strength, ctx),
      phases: held,
      provenance: ctx.provenance(table, row),
    }
    const label = cellOf(row, mapping.relationLabel)
    if (label !== undefined) relation.label = label
    const labelEn = cellOf(row, 'label_en')
    if (labelEn !== undefined) relation.labelEn = labelEn
    out.relations.push(relation)
    out.rows.push(row)
  }
  return out
}

function endsOf(
  table: RawTable,
  row: RawRow,
  mapping: ImportMapping,
  actors: MappedActors,
  ctx: MapContext,
): [string, string] | null {
  const ends: string[] = []
  for (const column of [mapping.relationSource, mapping.relationTarget]) {
    const ref = cellOf(row, column)
    if (ref === undefined) {
      if (column !== null)
        ctx.report(
          'missing-value',
          'error',
          table,
          row,
          'the relation has no actor at this end: left out',
          column,
        )
      return null
    }
    const slug = actors.slugs.get(ref)
    if (slug === undefined) {
      ctx.report(
        'unknown-reference',
        'error',
        table,
        row,
        `actor "${ref}" is not in the actors: relation left out`,
        column ?? undefined,
        ref,
      )
      return null
    }
    ends.push(slug)
  }
  return [ends[0] as string, ends[1] as string]
}

function typeOf(table: RawTable, row: RawRow, mapping: ImportMapping, ctx: MapContext) {
  const raw = cellOf(row, mapping.relationType)
  const found = raw === undefined ? undefined : matchRelationType(raw)
  if (raw !== undefined && found === undefined)
    ctx.report(
      'unknown-value',
      'warning',
      table,
      row,
      `unknown relation type: "${mapping.defaultRelationType}" is used`,
      mapping.relationType ?? undefined,
      raw,
    )
  return found ?? mapping.defaultRelationType
}

function directionOf(
  table: RawTable,
  row: RawRow,
  mapping: ImportMapping,
  raw: RawNetwork,
  type: Relation['type'],
  ctx: MapContext,
): boolean {
  const value = cellOf(row, mapping.direction)
  const fallback = raw.directed ?? DIRECTED_BY_DEFAULT[type]
  if (value === undefined) return fallback
  const found = matchDirection(value)
  if (found === undefined)
    ctx.report(
      'unknown-value',
      'warning',
      table,
      row,
      `unknown direction; expected directed or undirected: ${fallback ? 'directed' : 'undirected'} is used`,
      mapping.direction ?? undefined,
      value,
    )
  return found ?? fallback
}

function strengthOf(table: RawTable, row: RawRow, column: string | null, ctx: MapContext): number {
  const raw = cellOf(row, column)
  if (raw === undefined) return STRENGTH_MIN
  const word = matchStrength(raw)
  if (word !== undefined) return word
  return ctx.wholeNumber(table, row, column, raw, {
    min: STRENGTH_MIN,
    max: STRENGTH_MAX,
    fallback: STRENGTH_MIN,
    notANumber: 'strength is not a number or weak/medium/strong: 1 is used',
    outOfRange: (used) => `strength must be 1, 2 or 3: ${String(used)} is used`,
  })
}

function phasesOf(
  table: RawTable,
  row: RawRow,
  mapping: ImportMapping,
  phases: MappedPhases,
  ctx: MapContext,
): string[] | undefined {
  const refs = splitMulti(cellOf(row, mapping.relationPhases))
  if (refs.length === 0 || refs.includes('*')) return undefined
  const found: string[] = []
  for (const ref of refs) {
    const id = phases.resolve(ref)
    if (id === undefined)
      ctx.report(
        'unknown-reference',
        'warning',
        table,
        row,
        `phase "${ref}" is not a phase of this network: left out`,
        mapping.relationPhases ?? undefined,
        ref,
      )
    else if (!found.includes(id)) found.push(id)
  }
  const order = new Map(phases.phases.map((p) => [p.id, p.order]))
  return found.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
}
