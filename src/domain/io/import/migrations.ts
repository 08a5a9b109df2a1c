import { DATASET_VERSION } from '../../schema.ts'

/**
 * Upgrades of the app's own JSON, one step per version. Each takes the plain JSON of version
 * n and returns that of version n + 1; `parseDataset` checks the result, so a step only moves
 * and renames fields.
 *
 * Version 0 (the draft format before the first release) differs from version 1 in three names:
 * an actor's `sector` is now `partyType`, a position's `power` is now `influence`, and a
 * relation's `weight` is now `strength`.
 */
export const MIGRATIONS: ReadonlyMap<
  number,
  (json: Record<string, unknown>) => Record<string, unknown>
> = new Map([[0, migrate0to1]])

export type Migrated =
  { ok: true; json: Record<string, unknown>; from: number } | { ok: false; message: string }

export function migrate(json: Record<string, unknown>): Migrated {
  const from = json.version
  if (typeof from !== 'number' || !Number.isInteger(from))
    return {
      ok: false,
      message: `version must be a whole number, not ${JSON.stringify(from) ?? 'missing'}`,
    }
  if (from > DATASET_VERSION)
    return {
      ok: false,
      message: `version ${String(from)} is newer than this app reads (${String(DATASET_VERSION)}): update the app`,
    }
  let current = json
  for (let version = from; version < DATASET_VERSION; version++) {
    const step = MIGRATIONS.get(version)
    if (!step)
      return {
        ok: false,
        message: `version ${String(from)} is not known; this app reads versions 0 to ${String(DATASET_VERSION)}`,
      }
    current = { ...step(current), version: version + 1 }
  }
  return { ok: true, json: current, from }
}

function rename(record: unknown, from: string, to: string): unknown {
  if (typeof record !== 'object' || record === null || !Object.hasOwn(record, from)) return record
  const { [from]: value, ...rest } = record as Record<string, unknown>
  return { ...rest, [to]: value }
}

function mapList(list: unknown, f: (item: unknown) => unknown): unknown {
  return Array.isArray(list) ? list.map(f) : list
}

function migrate0to1(json: Record<string, unknown>): Record<string, unknown> {
  return {
    ...json,
    actors: mapList(json.actors, (a) => rename(a, 'sector', 'partyType')),
    cases: mapList(json.cases, (kase) => {
      if (typeof kase !== 'object' || kase === null) return kase
      const c = kase as Record<string, unknown>
      return {
        ...c,
        participants: mapList(c.participants, (p) => {
          if (typeof p !== 'object' || p === null) return p
          const part = p as Record<string, unknown>
          return {
            ...part,
            positions: mapList(part.positions, (pos) => rename(pos, 'power', 'influence')),
          }
        }),
        relations: mapList(c.relations, (r) => rename(r, 'weight', 'strength')),
      }
    }),
  }
}
