import { describe, expect, it } from 'vitest'
import { loadStoredWorkspace } from '../../../src/domain/workspace/migrations.ts'
import { WORKSPACE_SCHEMA_VERSION } from '../../../src/domain/workspace/record.ts'
import { makeDataset } from '../domain/builders.ts'

/** A record as version 1 stored it: dataset under `data`, ISO `savedAt`, no version field. */
const VERSION_1 = {
  id: 'ws-oud',
  name: 'Mijn oude netwerk',
  savedAt: '2024-03-01T10:00:00.000Z',
  data: makeDataset(),
}

describe('stored workspace migrations', () => {
  it('migrates a version-1 record to the current shape, keeping its dataset and name', () => {
    const result = loadStoredWorkspace(JSON.parse(JSON.stringify(VERSION_1)))
    expect(result.ok && result.migratedFrom).toBe(1)
    if (!result.ok) throw new Error(result.reason)
    expect(result.workspace).toEqual({
      schemaVersion: WORKSPACE_SCHEMA_VERSION,
      id: 'ws-oud',
      name: 'Mijn oude netwerk',
      updatedAt: Date.parse('2024-03-01T10:00:00.000Z'),
      dataset: makeDataset(),
      positions: {},
    })
  })

  it('reads a current record as it is, dropping malformed positions only', () => {
    const result = loadStoredWorkspace({
      schemaVersion: WORKSPACE_SCHEMA_VERSION,
      id: 'ws-1',
      name: 'Nu',
      updatedAt: 5,
      dataset: makeDataset(),
      positions: { 'casus-1': { bewoners: { x: 1, y: 2 }, gemeente: { x: 'a', y: 1 } } },
    })
    expect(result.ok && result.migratedFrom).toBe(null)
    expect(result.ok && result.workspace.positions).toEqual({
      'casus-1': { bewoners: { x: 1, y: 2 } },
    })
  })

  it('refuses records from a newer app, without a dataset that passes the gate, or of no known shape', () => {
    expect(loadStoredWorkspace({ ...VERSION_1, schemaVersion: 99 })).toEqual({
      ok: false,
      id: 'ws-oud',
      reason: 'newer-version',
    })
    expect(loadStoredWorkspace({ ...VERSION_1, data: { format: 'x' } })).toMatchObject({
      ok: false,
      reason: 'invalid-dataset',
    })
    expect(loadStoredWorkspace('hello')).toMatchObject({ ok: false, reason: 'not-a-workspace' })
    expect(loadStoredWorkspace({ schemaVersion: 0, id: 'x' })).toMatchObject({
      ok: false,
      reason: 'not-a-workspace',
    })
  })
})
