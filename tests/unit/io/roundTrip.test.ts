import fc from 'fast-check'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { exportFile, type ExportFormat } from '../../../src/domain/io/export/exportWorkspace.ts'
import { importFiles, type InputFile } from '../../../src/domain/io/import/index.ts'
import type { Dataset } from '../../../src/domain/schema.ts'
import { parseDataset } from '../../../src/domain/validate.ts'
import { datasetArbitrary } from './datasetArbitrary.ts'

/** The exported file(s) as the user would pick them again. */
function asInput(dataset: Dataset, format: ExportFormat): InputFile[] {
  const file = exportFile(dataset, format)
  if (file.name.endsWith('.zip'))
    return Object.entries(unzipSync(file.content as Uint8Array)).map(([name, bytes]) => ({
      name,
      data: bytes,
    }))
  return [{ name: file.name, data: new TextEncoder().encode(file.content as string) }]
}

/**
 * What a foreign format carries of a one-case dataset: actors, participation, phases,
 * relations and the sources they cite, with their provenance. Case texts other than the title
 * are not carried, so they are left out of the comparison.
 */
function network(dataset: Dataset) {
  const kase = dataset.cases[0]
  if (!kase) throw new Error('no case')
  const cited = new Set(
    JSON.stringify(dataset)
      .match(/"sources":\[[^\]]*\]/g)
      ?.flatMap((m) => JSON.parse(m.slice(10)) as string[]),
  )
  return {
    actors: dataset.actors,
    participants: kase.participants,
    phases: kase.phases,
    relations: kase.relations,
    sources: dataset.sources
      .filter((s) => cited.has(s.id))
      .sort((a, b) => a.id.localeCompare(b.id)),
  }
}

/** GraphML and GEXF keep no provenance per position: positions share their actor's. */
function positionsShareActorProvenance(d: Dataset): Dataset {
  const byId = new Map(d.actors.map((a) => [a.id, a.provenance]))
  return {
    ...d,
    cases: d.cases.map((k) => ({
      ...k,
      participants: k.participants.map((p) => ({
        ...p,
        positions: p.positions.map((pos) => ({
          ...pos,
          provenance: byId.get(p.actor) ?? pos.provenance,
        })),
      })),
    })),
  }
}

/**
 * GEXF keeps phases only as time points 1, 2, 3 (so a phase in which no actor takes part is
 * lost) and cited source ids without titles.
 */
function gexfCarries(d: Dataset): Dataset {
  const shared = positionsShareActorProvenance(d)
  const kase0 = shared.cases[0] as Dataset['cases'][number]
  const used = new Set(kase0.participants.flatMap((p) => p.positions.map((pos) => pos.phase)))
  const kept = kase0.phases.filter((p) => used.has(p.id)).map((p, i) => ({ ...p, order: i + 1 }))
  const kase = { ...kase0, phases: kept }
  const rename = new Map(kase.phases.map((p) => [p.id, `fase-${String(p.order)}`]))
  const to = (id: string) => rename.get(id) ?? id
  const sourceIds = new Set(network(d).sources.map((s) => s.id))
  return {
    ...shared,
    sources: [...sourceIds].map((id) => ({ id, title: id })),
    cases: [
      {
        ...kase,
        phases: kase.phases.map((p) => ({
          id: to(p.id),
          order: p.order,
          label: `Fase ${String(p.order)}`,
          narrative: 'Geïmporteerde fase; nog geen beschrijving.',
          provenance: { kind: 'illustrative' },
        })),
        participants: kase.participants.map((p) => ({
          ...p,
          positions: p.positions.map((pos) => ({ ...pos, phase: to(pos.phase) })),
        })),
        relations: kase.relations.map((r) => ({ ...r, phases: r.phases.map(to) })),
      },
    ],
  }
}

const CARRIED: Record<Exclude<ExportFormat, 'json'>, (d: Dataset) => Dataset> = {
  csv: (d) => d,
  graphml: positionsShareActorProvenance,
  gexf: gexfCarries,
}

describe('round trip through each export format', () => {
  it('generates valid datasets', () => {
    fc.assert(
      fc.property(datasetArbitrary, (d) => parseDataset(d).ok),
      { numRuns: 50 },
    )
  })

  it('keeps the whole dataset through the app JSON', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArbitrary, async (d) => {
        const back = await importFiles(asInput(d, 'json'))
        expect(back.issues.filter((i) => i.severity === 'error')).toEqual([])
        expect(back.dataset).toEqual(d)
      }),
      { numRuns: 40 },
    )
  })

  it.each(['csv', 'graphml', 'gexf'] as const)(
    'keeps every actor, relation, attribute, phase and provenance %s can carry',
    async (format) => {
      await fc.assert(
        fc.asyncProperty(datasetArbitrary, async (d) => {
          const back = await importFiles(asInput(d, format))
          expect(back.issues.filter((i) => i.severity === 'error')).toEqual([])
          expect(back.dataset).not.toBeNull()
          expect(network(back.dataset as Dataset)).toEqual(network(CARRIED[format](d)))
          if (format !== 'csv') expect(back.dataset?.cases[0]?.title).toBe(d.cases[0]?.title)
        }),
        { numRuns: 40 },
      )
    },
  )

  it('writes one file per case when a dataset has several cases', () => {
    const d = fc.sample(datasetArbitrary, 1)[0] as Dataset
    const two: Dataset = {
      ...d,
      cases: [
        d.cases[0] as Dataset['cases'][number],
        {
          ...(d.cases[0] as Dataset['cases'][number]),
          id: 'tweede',
          title: 'Tweede casus',
          relations: [],
        },
      ],
    }
    const names = Object.keys(unzipSync(exportFile(two, 'gexf').content as Uint8Array))
    expect(names).toHaveLength(2)
    const csv = Object.keys(unzipSync(exportFile(two, 'csv').content as Uint8Array))
    expect(csv).toContain('tweede-casus/actors.csv')
    expect(
      strFromU8(
        unzipSync(exportFile(two, 'csv').content as Uint8Array)[
          'tweede-casus/relations.csv'
        ] as Uint8Array,
      ),
    ).toMatch(/^id,from,to,type/)
  })
})
