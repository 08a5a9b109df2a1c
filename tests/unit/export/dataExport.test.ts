import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildCaseGraph, phaseGraph } from '../../../src/domain/caseGraph.ts'
import { caseDataset, datasetJson } from '../../../src/domain/export/caseJson.ts'
import { figureFileName } from '../../../src/domain/export/fileNames.ts'
import {
  actorMetricsCsv,
  METRIC_COLUMNS,
  partyTypeShares,
  partyTypeSharesCsv,
} from '../../../src/domain/export/metricsCsv.ts'
import {
  ACTOR_COLUMNS,
  networkCsv,
  RELATION_COLUMNS,
} from '../../../src/domain/export/networkCsv.ts'
import { tokenizeCsv } from '../../../src/domain/io/csv.ts'
import type { Dataset } from '../../../src/domain/schema.ts'
import { parseDataset } from '../../../src/domain/validate.ts'
import { PARTY_TYPES } from '../../../src/domain/vocabulary.ts'

function bundled(): Dataset {
  const result = parseDataset(JSON.parse(readFileSync('data/dataset.json', 'utf8')))
  if (!result.ok) throw new Error('the bundled dataset does not pass the gate')
  return result.dataset
}

function rows(text: string): string[][] {
  const parsed = tokenizeCsv(text, ',')
  if (!parsed.ok) throw new Error(parsed.error.message)
  return parsed.value.map((r) => r.fields)
}

const dataset = bundled()
const kase = dataset.cases.find((c) => c.id === 'jan-eef')
if (!kase) throw new Error('case jan-eef missing')
const graph = buildCaseGraph(dataset, kase)

describe('caseDataset', () => {
  it.each(dataset.cases.map((c) => c.id))('exports case %s as a dataset the gate accepts', (id) => {
    const exported = JSON.parse(datasetJson(caseDataset(dataset, id))) as unknown
    const result = parseDataset(exported)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.dataset.cases.map((c) => c.id)).toEqual([id])
    const participants = new Set(result.dataset.cases[0]?.participants.map((p) => p.actor))
    expect(result.dataset.actors.every((a) => participants.has(a.id))).toBe(true)
    expect(result.dataset.actors).toHaveLength(participants.size)
  })

  it('keeps the sources the case cites and drops the others', () => {
    const exported = caseDataset(dataset, 'jan-eef')
    expect(exported.sources.length).toBeGreaterThan(0)
    expect(exported.sources.length).toBeLessThan(dataset.sources.length)
    expect(exported.disclaimer).toBe(dataset.disclaimer)
  })

  it('says which case is missing', () => {
    expect(() => caseDataset(dataset, 'nergens')).toThrow(/nergens/)
  })
})

describe('networkCsv', () => {
  const phase = phaseGraph(graph, 'jan-eef-2')

  it('writes the actors and relations of the phase in the import format', () => {
    const csv = networkCsv(graph, 'jan-eef-2')
    const actors = rows(csv.actors)
    const relations = rows(csv.relations)
    expect(actors[0]).toEqual([...ACTOR_COLUMNS])
    expect(relations[0]).toEqual([...RELATION_COLUMNS])
    expect(actors).toHaveLength((phase?.actors.length ?? 0) + 1)
    expect(relations).toHaveLength((phase?.relations.length ?? 0) + 1)
    const first = phase?.relations[0]
    const row = relations.find((r) => r[0] === first?.id)
    expect(row?.slice(1, 4)).toEqual([first?.source, first?.target, first?.type])
    expect(row?.[5]).toBe('jan-eef')
  })

  it('writes only what is shown when filters hide part of the network', () => {
    const keep = phase?.actors.slice(0, 3).map((a) => a.actor.id) ?? []
    const csv = networkCsv(graph, 'jan-eef-2', { actorIds: new Set(keep) })
    expect(
      rows(csv.actors)
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(keep)
    for (const r of rows(csv.relations).slice(1)) {
      expect(keep).toContain(r[1])
      expect(keep).toContain(r[2])
    }
  })

  it('escapes a label that would run as a formula', () => {
    const tampered: Dataset = {
      ...dataset,
      actors: dataset.actors.map((a) =>
        a.id === phase?.actors[0]?.actor.id ? { ...a, label: '=1+1' } : a,
      ),
    }
    const csv = networkCsv(buildCaseGraph(tampered, kase), 'jan-eef-2')
    expect(rows(csv.actors)[1]?.[1]).toBe("'=1+1")
  })
})

describe('metric and share exports', () => {
  it('writes one row of measures per actor of the phase', () => {
    const table = rows(actorMetricsCsv(graph, 'jan-eef-3'))
    expect(table[0]).toEqual([...METRIC_COLUMNS])
    expect(table).toHaveLength((phaseGraph(graph, 'jan-eef-3')?.actors.length ?? 0) + 1)
  })

  it('gives shares per party type that add up to 1 in every phase with influence', () => {
    const shares = partyTypeShares(graph)
    expect(shares.map((s) => s.phaseId)).toEqual(graph.phases.map((p) => p.id))
    for (const phase of shares) {
      const sum = PARTY_TYPES.reduce((total, t) => total + phase.shares[t], 0)
      expect(sum).toBeCloseTo(phase.total > 0 ? 1 : 0, 9)
    }
    const table = rows(partyTypeSharesCsv(graph))
    expect(table[0]?.slice(0, 4)).toEqual(['Phase', 'Order', 'Label', 'Total influence'])
    expect(table).toHaveLength(graph.phases.length + 1)
  })
})

describe('figureFileName', () => {
  it('names a figure <case>-<phase> without repeating the case', () => {
    expect(figureFileName('jan-eef', 'jan-eef-2', 'png')).toBe('jan-eef-2.png')
    expect(figureFileName('buurt', 'fase-1', 'svg')).toBe('buurt-fase-1.svg')
  })
})
