import type { Phase } from '../../schema.ts'
import { type MapContext, partialDate } from './mapContext.ts'
import { cellOf, type RawNetwork, type RawRow } from './rawNetwork.ts'
import { SlugMap } from './slug.ts'
import { normalizeWord } from './synonyms.ts'

export interface MappedPhases {
  phases: Phase[]
  /** Finds a phase by id, order number or label, as files refer to phases. */
  resolve: (ref: string) => string | undefined
  rows: (RawRow | null)[]
}

const NARRATIVE = 'Geïmporteerde fase; nog geen beschrijving.'

/**
 * The phases of the imported case from a phases table (`id`, `order`, `label`, `start`, `end`,
 * `story`, `narrative`, … as the CSV writer writes them), sorted by order and renumbered 1, 2, 3.
 * Without phases the case gets one phase, `fase-1`.
 */
export function mapPhases(raw: RawNetwork, ctx: MapContext): MappedPhases {
  const table = raw.phases
  const rows = table?.rows ?? []
  const slugs = new SlugMap('fase')
  const read: { phase: Phase; row: RawRow; keys: string[]; sortKey: number }[] = []
  rows.forEach((row, index) => {
    if (!table) return
    const orderText = cellOf(row, 'order')
    const order = orderText === undefined ? index + 1 : Number(orderText)
    if (!Number.isFinite(order)) {
      ctx.report(
        'not-a-number',
        'error',
        table,
        row,
        'order is not a number: phase left out',
        'order',
        orderText,
      )
      return
    }
    const label = cellOf(row, 'label') ?? `Fase ${String(order)}`
    const rawId = cellOf(row, 'id') ?? label
    if (slugs.get(rawId) !== undefined) {
      ctx.report(
        'duplicate-id',
        'error',
        table,
        row,
        `phase "${rawId}" is listed twice: this row is left out`,
        'id',
        rawId,
      )
      return
    }
    const phase: Phase = {
      id: slugs.add(rawId),
      order,
      label,
      narrative: cellOf(row, 'narrative') ?? NARRATIVE,
      provenance: ctx.provenance(table, row),
    }
    const optional = {
      labelEn: 'label_en',
      story: 'story',
      storyEn: 'story_en',
      narrativeEn: 'narrative_en',
    } as const
    for (const [field, column] of Object.entries(optional) as [keyof typeof optional, string][]) {
      const value = cellOf(row, column)
      if (value !== undefined) phase[field] = value
    }
    const start = readDate(ctx, table, row, 'start')
    const end = readDate(ctx, table, row, 'end')
    if (start !== undefined || end !== undefined)
      phase.period = { ...(start ? { start } : {}), ...(end ? { end } : {}) }
    read.push({ phase, row, keys: [rawId, String(order), label], sortKey: order })
  })
  read.sort((a, b) => a.sortKey - b.sortKey)
  read.forEach((entry, i) => (entry.phase.order = i + 1))
  if (read.length === 0) {
    const phase: Phase = {
      id: 'fase-1',
      order: 1,
      label: 'Fase 1',
      narrative: NARRATIVE,
      provenance: { kind: 'illustrative' },
    }
    return { phases: [phase], resolve: () => phase.id, rows: [null] }
  }
  // Ids first, then orders, then labels: a phase whose id is "2" is found as "2" even when
  // another phase has order 2.
  const lookup = new Map<string, string>()
  for (const pass of [0, 1, 2] as const)
    for (const { phase, keys } of read) {
      const candidates = pass === 0 ? [phase.id, keys[0] ?? ''] : [keys[pass] ?? '']
      for (const key of candidates) {
        const k = normalizeWord(key)
        if (k !== '' && !lookup.has(k)) lookup.set(k, phase.id)
      }
    }
  return {
    phases: read.map((r) => r.phase),
    resolve: (ref) => lookup.get(normalizeWord(ref)),
    rows: read.map((r) => r.row),
  }
}

function readDate(
  ctx: MapContext,
  table: NonNullable<RawNetwork['phases']>,
  row: RawRow,
  column: string,
) {
  const raw = cellOf(row, column)
  const date = partialDate(raw)
  if (raw !== undefined && date === undefined)
    ctx.report(
      'unknown-value',
      'warning',
      table,
      row,
      'not a date (YYYY, YYYY-MM or YYYY-MM-DD): left empty',
      column,
      raw,
    )
  return date
}
