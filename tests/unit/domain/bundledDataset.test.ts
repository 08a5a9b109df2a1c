import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Dataset, Provenance } from '../../../src/domain/schema.ts'
import { parseDataset } from '../../../src/domain/validate.ts'
import {
  PARTY_TYPES,
  PROVENANCE_KINDS,
  RELATION_TYPES,
  THEMES,
} from '../../../src/domain/vocabulary.ts'

/** The dataset the app ships with. It must pass the same gate as any user file, and more. */
const FILE = new URL('../../../data/dataset.json', import.meta.url)

function read(): unknown {
  if (!existsSync(FILE))
    throw new Error('data/dataset.json is missing: the app has nothing to show')
  return JSON.parse(readFileSync(FILE, 'utf8')) as unknown
}

function load(): Dataset {
  const result = parseDataset(read())
  if (!result.ok) {
    const list = result.issues.map((issue) => `  ${issue.path}: ${issue.message}`).join('\n')
    throw new Error(`data/dataset.json does not pass the gate:\n${list}`)
  }
  return result.dataset
}

/** Each record that carries provenance, with a readable name for failure messages. */
function provenanceRecords(dataset: Dataset): [string, Provenance | undefined][] {
  const out: [string, Provenance | undefined][] = []
  dataset.actors.forEach((a) => out.push([`actor ${a.id}`, a.provenance]))
  for (const kase of dataset.cases) {
    out.push([`case ${kase.id}`, kase.provenance])
    kase.phases.forEach((p) => out.push([`${kase.id} phase ${p.id}`, p.provenance]))
    for (const part of kase.participants) {
      out.push([`${kase.id} participant ${part.actor}`, part.provenance])
      part.positions.forEach((pos) =>
        out.push([`${kase.id} position of ${part.actor} in ${pos.phase}`, pos.provenance]),
      )
    }
    kase.relations.forEach((r) => out.push([`${kase.id} relation ${r.id}`, r.provenance]))
  }
  return out
}

/** Two capitalised words, such as a first and last name. */
const PERSONAL_NAME = /^[A-Z][a-z]+ [A-Z][a-z]+$/

describe('the bundled dataset', () => {
  it('passes the gate without errors or warnings', () => {
    const result = parseDataset(read())
    expect(result.ok ? [] : result.issues).toEqual([])
    expect(result.ok ? result.warnings : []).toEqual([])
  })

  it('has ten cases, one per theme', () => {
    const dataset = load()
    expect(dataset.cases).toHaveLength(10)
    expect(dataset.cases.map((kase) => kase.theme).sort()).toEqual([...THEMES].sort())
  })

  it('gives every case at least three phases and 8 to 20 actors', () => {
    for (const kase of load().cases) {
      expect(kase.phases.length, `phases of ${kase.id}`).toBeGreaterThanOrEqual(3)
      expect(kase.participants.length, `actors of ${kase.id}`).toBeGreaterThanOrEqual(8)
      expect(kase.participants.length, `actors of ${kase.id}`).toBeLessThanOrEqual(20)
    }
  })

  it('uses every party type and every relation type', () => {
    const dataset = load()
    const used = new Set(dataset.actors.map((actor) => actor.partyType))
    expect(
      [...PARTY_TYPES].filter((type) => !used.has(type)),
      'unused party types',
    ).toEqual([])
    const relationTypes = new Set(
      dataset.cases.flatMap((kase) => kase.relations.map((r) => r.type)),
    )
    expect(
      [...RELATION_TYPES].filter((type) => !relationTypes.has(type)),
      'unused relation types',
    ).toEqual([])
  })

  it('gives every record a provenance', () => {
    const missing = provenanceRecords(load())
      .filter(([, provenance]) => !provenance || !PROVENANCE_KINDS.includes(provenance.kind))
      .map(([name]) => name)
    expect(missing).toEqual([])
  })

  it('shows residents and professionals as roles or groups, never by a personal name', () => {
    const named = load()
      .actors.filter(
        (actor) => actor.partyType === 'burgers' || actor.partyType === 'professionals',
      )
      .filter((actor) => PERSONAL_NAME.test(actor.label))
      .map((actor) => `${actor.id}: ${actor.label}`)
    expect(named).toEqual([])
  })

  it('marks every influence score illustrative unless it cites a source', () => {
    const unsupported: string[] = []
    for (const kase of load().cases)
      for (const part of kase.participants)
        for (const pos of part.positions)
          if (pos.provenance.kind !== 'illustrative' && (pos.provenance.sources ?? []).length === 0)
            unsupported.push(`${kase.id}: ${part.actor} in ${pos.phase} (${pos.provenance.kind})`)
    expect(unsupported).toEqual([])
  })
})
