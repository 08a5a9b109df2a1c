import type { Actor, Participant, Position } from '../../schema.ts'
import type { Role } from '../../vocabulary.ts'
import type { MapContext } from './mapContext.ts'
import type { MappedPhases } from './mapPhases.ts'
import { DEFAULT_INFLUENCE, type ImportMapping } from './mapping.ts'
import { cellOf, type RawNetwork, type RawRow, type RawTable, splitMulti } from './rawNetwork.ts'
import { SlugMap } from './slug.ts'
import { matchPartyType, matchRole } from './synonyms.ts'

export interface MappedActors {
  actors: Actor[]
  participants: Participant[]
  rows: RawRow[]
  /** Actor slug by the id the file uses. */
  slugs: SlugMap
}

/** Actors and their participation: positions from the participation table, else one per phase. */
export function mapActors(
  raw: RawNetwork,
  mapping: ImportMapping,
  phases: MappedPhases,
  ctx: MapContext,
): MappedActors {
  const table = raw.actors
  const slugs = new SlugMap('actor')
  const out: MappedActors = { actors: [], participants: [], rows: [], slugs }
  const seen = new Set<string>()
  if (mapping.actorId === null && mapping.actorLabel === null)
    ctx.report(
      'missing-column',
      'error',
      table,
      null,
      'no column is chosen as the actor id or label',
    )
  if (mapping.partyType === null && table.rows.length > 0)
    ctx.report(
      'missing-column',
      'warning',
      table,
      null,
      `no party type column: every actor is "${mapping.defaultPartyType}"`,
    )
  const positions = participationByActor(raw, mapping, phases, ctx)

  for (const row of table.rows) {
    const rawId = cellOf(row, mapping.actorId) ?? cellOf(row, mapping.actorLabel)
    if (rawId === undefined) {
      ctx.report(
        'missing-value',
        'error',
        table,
        row,
        'the actor has no id: row left out',
        mapping.actorId ?? mapping.actorLabel ?? undefined,
      )
      continue
    }
    if (seen.has(rawId)) {
      ctx.report(
        'duplicate-id',
        'error',
        table,
        row,
        `actor "${rawId}" is listed twice: this row is left out`,
        mapping.actorId ?? undefined,
        rawId,
      )
      continue
    }
    seen.add(rawId)
    const id = slugs.add(rawId)
    const actor: Actor = {
      id,
      label: cellOf(row, mapping.actorLabel) ?? rawId,
      partyType: partyTypeOf(table, row, mapping, ctx),
      provenance: ctx.provenance(table, row),
    }
    const description = cellOf(row, mapping.description)
    if (description !== undefined) actor.description = description
    for (const [field, column] of [
      ['labelEn', 'label_en'],
      ['descriptionEn', 'description_en'],
    ] as const) {
      const value = cellOf(row, column)
      if (value !== undefined) actor[field] = value
    }
    const category = cellOf(row, 'category')
    if (category !== undefined && /^[a-z0-9][a-z0-9-]*$/.test(category)) actor.category = category

    // Positions without their own provenance column share the actor's.
    const own = (positions.get(rawId) ?? positions.get(id))?.map((p) =>
      raw.participation?.columns.includes('provenance')
        ? p
        : { ...p, provenance: actor.provenance },
    )
    const influence = mapping.influence
      ? ctx.influence(table, row, mapping.influence, DEFAULT_INFLUENCE)
      : DEFAULT_INFLUENCE
    const roles = rolesOf(table, row, mapping.roles, ctx)
    const participant: Participant = {
      actor: id,
      motive: cellOf(row, 'motive') ?? 'Niet opgegeven.',
      provenance: ctx.provenance(table, row, 'participation_'),
      positions:
        own ??
        phases.phases.map((p) => ({ phase: p.id, roles, influence, provenance: actor.provenance })),
    }
    const motiveEn = cellOf(row, 'motive_en')
    if (motiveEn !== undefined) participant.motiveEn = motiveEn
    out.actors.push(actor)
    out.participants.push(participant)
    out.rows.push(row)
  }
  for (const [ref, list] of positions)
    if (!seen.has(ref) && raw.participation) {
      const row = list.row
      ctx.report(
        'unknown-reference',
        'error',
        raw.participation,
        row,
        `actor "${ref}" is not in the actors: participation left out`,
        'actor',
        ref,
      )
    }
  return out
}

function partyTypeOf(table: RawTable, row: RawRow, mapping: ImportMapping, ctx: MapContext) {
  const raw = cellOf(row, mapping.partyType)
  if (raw === undefined) {
    if (mapping.partyType !== null)
      ctx.report(
        'missing-value',
        'warning',
        table,
        row,
        `no party type: "${mapping.defaultPartyType}" is used`,
        mapping.partyType,
      )
    return mapping.defaultPartyType
  }
  const found = matchPartyType(raw)
  if (found === undefined)
    ctx.report(
      'unknown-value',
      'warning',
      table,
      row,
      `unknown party type: "${mapping.defaultPartyType}" is used`,
      mapping.partyType ?? undefined,
      raw,
    )
  return found ?? mapping.defaultPartyType
}

function rolesOf(table: RawTable, row: RawRow, column: string | null, ctx: MapContext): Role[] {
  const roles: Role[] = []
  for (const raw of splitMulti(cellOf(row, column))) {
    const role = matchRole(raw)
    if (role === undefined)
      ctx.report(
        'unknown-value',
        'warning',
        table,
        row,
        'unknown role: left out',
        column ?? undefined,
        raw,
      )
    else if (!roles.includes(role)) roles.push(role)
  }
  return roles
}

type Positions = Position[] & { row: RawRow }

/** Positions from participation rows (`actor`, `phase`, `roles`, `influence`, provenance), by actor as the file names it. */
function participationByActor(
  raw: RawNetwork,
  mapping: ImportMapping,
  phases: MappedPhases,
  ctx: MapContext,
): Map<string, Positions> {
  const byActor = new Map<string, Positions>()
  const table = raw.participation
  if (!table) return byActor
  // A dynamic attribute chosen as influence or roles names the participation column too.
  const column = (chosen: string | null, fallback: string) =>
    chosen !== null && table.columns.includes(chosen) ? chosen : fallback
  const influenceColumn = column(mapping.influence, 'influence')
  const rolesColumn = column(mapping.roles, 'roles')
  for (const row of table.rows) {
    const actor = cellOf(row, 'actor')
    const phaseRef = cellOf(row, 'phase')
    if (actor === undefined || phaseRef === undefined) {
      ctx.report(
        'missing-value',
        'error',
        table,
        row,
        'a participation row needs an actor and a phase: left out',
        actor === undefined ? 'actor' : 'phase',
      )
      continue
    }
    const phase = phases.resolve(phaseRef)
    if (phase === undefined) {
      ctx.report(
        'unknown-reference',
        'error',
        table,
        row,
        `phase "${phaseRef}" is not a phase of this network: left out`,
        'phase',
        phaseRef,
      )
      continue
    }
    const list = byActor.get(actor) ?? Object.assign([] as Position[], { row })
    if (list.some((p) => p.phase === phase)) {
      ctx.report(
        'duplicate-id',
        'error',
        table,
        row,
        `actor "${actor}" appears twice in phase "${phaseRef}": left out`,
        'phase',
        phaseRef,
      )
      continue
    }
    list.push({
      phase,
      roles: rolesOf(table, row, rolesColumn, ctx),
      influence: ctx.influence(table, row, influenceColumn, DEFAULT_INFLUENCE),
      provenance: ctx.provenance(table, row),
    })
    byActor.set(actor, list)
  }
  // Positions follow the order of the phases, whatever the order of the rows.
  const order = new Map(phases.phases.map((p) => [p.id, p.order]))
  for (const list of byActor.values())
    list.sort((a, b) => (order.get(a.phase) ?? 0) - (order.get(b.phase) ?? 0))
  return byActor
}
