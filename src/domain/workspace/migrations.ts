import type { Dataset } from '../schema.ts'
import { parseDataset } from '../validate.ts'
import { type CasePositions, type Point, WORKSPACE_SCHEMA_VERSION } from './record.ts'

/** A workspace as the app keeps it in IndexedDB (shape of `WORKSPACE_SCHEMA_VERSION`). */
export interface StoredWorkspace {
  schemaVersion: number
  id: string
  name: string
  updatedAt: number
  dataset: Dataset
  positions: Record<string, CasePositions>
}

type Raw = Record<string, unknown>

/**
 * One step per stored version: `MIGRATIONS[n]` turns a version-n record into version n+1.
 * Version 1 kept the dataset under `data` and the save time as an ISO string under `savedAt`,
 * without node positions. Add a step here whenever the stored shape changes.
 */
export const MIGRATIONS: Readonly<Record<number, (record: Raw) => Raw>> = {
  1: ({ data, savedAt, ...rest }) => ({
    ...rest,
    dataset: data,
    updatedAt: typeof savedAt === 'string' ? Date.parse(savedAt) || 0 : 0,
    positions: {},
    schemaVersion: 2,
  }),
}

export type LoadedWorkspace =
  | { ok: true; workspace: StoredWorkspace; migratedFrom: number | null }
  | {
      ok: false
      id: string | null
      reason: 'not-a-workspace' | 'newer-version' | 'invalid-dataset'
    }

const isRecord = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isPoint = (value: unknown): value is Point =>
  isRecord(value) && Number.isFinite(value.x) && Number.isFinite(value.y)

/** Keeps only well-formed positions; a broken one just means that node is laid out again. */
function cleanPositions(value: unknown): Record<string, CasePositions> {
  const out: Record<string, CasePositions> = {}
  if (!isRecord(value)) return out
  for (const [caseId, byActor] of Object.entries(value)) {
    if (!isRecord(byActor)) continue
    const points: CasePositions = {}
    for (const [actorId, point] of Object.entries(byActor))
      if (isPoint(point)) points[actorId] = { x: point.x, y: point.y }
    out[caseId] = points
  }
  return out
}

/** Reads a stored record of any known version, migrates it and checks its dataset. */
export function loadStoredWorkspace(raw: unknown): LoadedWorkspace {
  if (!isRecord(raw) || typeof raw.id !== 'string')
    return { ok: false, id: null, reason: 'not-a-workspace' }
  const id = raw.id
  // Version 1 had no version field at all.
  let version = typeof raw.schemaVersion === 'number' ? raw.schemaVersion : 1
  if (version > WORKSPACE_SCHEMA_VERSION) return { ok: false, id, reason: 'newer-version' }
  const from = version
  let record: Raw = raw
  while (version < WORKSPACE_SCHEMA_VERSION) {
    const step = MIGRATIONS[version]
    if (!step) return { ok: false, id, reason: 'not-a-workspace' }
    record = step(record)
    version += 1
  }
  const parsed = parseDataset(record.dataset)
  if (!parsed.ok) return { ok: false, id, reason: 'invalid-dataset' }
  return {
    ok: true,
    migratedFrom: from === WORKSPACE_SCHEMA_VERSION ? null : from,
    workspace: {
      schemaVersion: WORKSPACE_SCHEMA_VERSION,
      id,
      name: typeof record.name === 'string' && record.name.trim() !== '' ? record.name : id,
      updatedAt: typeof record.updatedAt === 'number' ? record.updatedAt : 0,
      dataset: parsed.dataset,
      positions: cleanPositions(record.positions),
    },
  }
}
