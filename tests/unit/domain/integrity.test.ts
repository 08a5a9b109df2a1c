import { describe, expect, it } from 'vitest'
import type { DataIssue } from '../../../src/domain/issues.ts'
import type { Dataset, Provenance } from '../../../src/domain/schema.ts'
import { checkIntegrity, parseDataset } from '../../../src/domain/validate.ts'
import {
  defaultActors,
  makeActor,
  makeCase,
  makeDataset,
  makeParticipant,
  makePhase,
  makePosition,
  makeRelation,
  makeSource,
  withCase,
} from './builders.ts'

const ALL_PHASES = ['fase-1', 'fase-2', 'fase-3']
const base = makeCase()
const [phase1, phase2, phase3] = base.phases as [
  (typeof base.phases)[0],
  (typeof base.phases)[0],
  (typeof base.phases)[0],
]
const [bewoners, gemeente, corporatie] = base.participants as [
  (typeof base.participants)[0],
  (typeof base.participants)[0],
  (typeof base.participants)[0],
]

/** The gate must reject `dataset` with exactly this one error. */
function expectOnlyError(dataset: Dataset, path: string, message: string) {
  const result = parseDataset(dataset)
  expect(result.ok).toBe(false)
  expect(result.ok ? [] : result.issues).toEqual([{ path, message, severity: 'error' }])
}

/** The gate must accept `dataset` with exactly this one warning. */
function expectOnlyWarning(dataset: Dataset, path: string, message: string) {
  const result = parseDataset(dataset)
  expect(result.ok).toBe(true)
  expect(result.ok ? result.warnings : result.issues).toEqual([
    { path, message, severity: 'warning' },
  ])
}

describe('integrity: unique ids', () => {
  it('rejects a duplicate actor id', () => {
    expectOnlyError(
      makeDataset({ actors: [...defaultActors(), makeActor({ label: 'Ook bewoners' })] }),
      '$.actors[3].id',
      'duplicate actor id "bewoners"',
    )
  })

  it('rejects a duplicate case id', () => {
    expectOnlyError(
      makeDataset({ cases: [makeCase(), makeCase({ relations: [] })] }),
      '$.cases[1].id',
      'duplicate case id "casus-1"',
    )
  })

  it('rejects a duplicate phase id within a case', () => {
    expectOnlyError(
      withCase({
        phases: [phase1, makePhase({ id: 'fase-1', order: 2, label: 'Groei' })],
        participants: [
          makeParticipant('bewoners', ['fase-1']),
          makeParticipant('gemeente', ['fase-1']),
        ],
        relations: [makeRelation()],
      }),
      '$.cases[0].phases[1].id',
      'duplicate phase id "fase-1"',
    )
  })

  it('allows the same phase id in different cases', () => {
    const other = makeCase({ id: 'casus-2', relations: [] })
    expect(parseDataset(makeDataset({ cases: [makeCase(), other] })).ok).toBe(true)
  })

  it('rejects a duplicate source id', () => {
    expectOnlyError(
      makeDataset({ sources: [makeSource(), makeSource({ title: 'Een andere bron' })] }),
      '$.sources[1].id',
      'duplicate source id "bron-1"',
    )
  })

  it('rejects a relation id used again in another case', () => {
    const second = makeCase({ id: 'casus-2', relations: [makeRelation({ phases: ALL_PHASES })] })
    expectOnlyError(
      makeDataset({ cases: [makeCase(), second] }),
      '$.cases[1].relations[0].id',
      'duplicate relation id "r-bewoners-gemeente" (also in case "casus-1")',
    )
  })
})

describe('integrity: participants and positions', () => {
  it('rejects a participant whose actor is not in the actor list', () => {
    expectOnlyError(
      withCase({ participants: [...base.participants, makeParticipant('wethouder', ['fase-1'])] }),
      '$.cases[0].participants[3].actor',
      'unknown actor "wethouder"',
    )
  })

  it('rejects an actor taking part in a case twice', () => {
    expectOnlyError(
      withCase({ participants: [...base.participants, makeParticipant('gemeente', ALL_PHASES)] }),
      '$.cases[0].participants[3].actor',
      'actor "gemeente" takes part in this case twice',
    )
  })

  it('rejects a position in a phase the case does not have', () => {
    const stray = {
      ...bewoners,
      positions: [...bewoners.positions, makePosition({ phase: 'fase-9' })],
    }
    expectOnlyError(
      withCase({ participants: [stray, gemeente, corporatie] }),
      '$.cases[0].participants[0].positions[3].phase',
      'phase "fase-9" is not a phase of case "casus-1"',
    )
  })

  it('rejects two positions of one actor in the same phase', () => {
    const twice = {
      ...bewoners,
      positions: [...bewoners.positions, makePosition({ phase: 'fase-2' })],
    }
    expectOnlyError(
      withCase({ participants: [twice, gemeente, corporatie] }),
      '$.cases[0].participants[0].positions[3].phase',
      'actor "bewoners" has two positions in phase "fase-2"',
    )
  })
})

describe('integrity: relations', () => {
  it('rejects a relation to an actor that does not exist', () => {
    expectOnlyError(
      withCase({ relations: [...base.relations, makeRelation({ id: 'r-x', target: 'buurman' })] }),
      '$.cases[0].relations[2].target',
      'unknown actor "buurman"',
    )
  })

  it('rejects a relation outside its case: an end that exists but does not take part', () => {
    const school = makeActor({ id: 'school', label: 'Basisschool', partyType: 'maatschappelijk' })
    expectOnlyError(
      makeDataset({
        actors: [...defaultActors(), school],
        cases: [
          makeCase({
            relations: [...base.relations, makeRelation({ id: 'r-x', source: 'school' })],
          }),
        ],
      }),
      '$.cases[0].relations[2].source',
      'actor "school" does not take part in case "casus-1"',
    )
  })

  it('rejects a relation in a phase the case does not have', () => {
    expectOnlyError(
      withCase({ relations: [makeRelation({ phases: ['fase-1', 'fase-9'] })] }),
      '$.cases[0].relations[0].phases[1]',
      'phase "fase-9" is not a phase of case "casus-1"',
    )
  })

  it('rejects a relation in a phase where one of its ends has no position', () => {
    expectOnlyError(
      withCase({
        relations: [makeRelation({ target: 'corporatie', phases: ['fase-1', 'fase-2'] })],
      }),
      '$.cases[0].relations[0].phases[0]',
      'target "corporatie" has no position in phase "fase-1"',
    )
  })

  it('warns about a relation from an actor to itself but accepts the dataset', () => {
    expectOnlyWarning(
      withCase({ relations: [makeRelation({ source: 'gemeente', target: 'gemeente' })] }),
      '$.cases[0].relations[0].target',
      'a relation from an actor to itself is ignored in measures',
    )
  })
})

describe('integrity: phases', () => {
  it('rejects phases listed out of order', () => {
    expectOnlyError(
      withCase({ phases: [phase1, phase2, { ...phase3, order: 4 }] }),
      '$.cases[0].phases[2].order',
      'phases must be listed in order 1, 2, 3…: expected 3, found 4',
    )
  })

  it('rejects a period starting before the previous phase', () => {
    expectOnlyError(
      withCase({ phases: [phase1, { ...phase2, period: { start: '2014', end: '2018' } }, phase3] }),
      '$.cases[0].phases[1].period.start',
      'starts (2014) before the previous phase (2015)',
    )
  })

  it('rejects a period ending before it starts', () => {
    expectOnlyError(
      withCase({
        phases: [{ ...phase1, period: { start: '2015-06', end: '2015-01' } }, phase2, phase3],
      }),
      '$.cases[0].phases[0].period.end',
      'ends (2015-01) before it starts (2015-06)',
    )
  })

  it('accepts phases that share a start or leave out a period', () => {
    const phases = [
      phase1,
      { ...phase2, period: { start: '2015' } },
      { ...phase3, period: undefined },
    ]
    expect(parseDataset(withCase({ phases })).ok).toBe(true)
  })
})

describe('integrity: provenance', () => {
  const publicSource: Provenance = { kind: 'public-source' }

  /** Every kind of record that carries provenance, and where its provenance sits. */
  const records: [string, (p: Provenance) => Dataset, string][] = [
    [
      'an actor',
      (p) => makeDataset({ actors: [makeActor({ provenance: p }), ...defaultActors().slice(1)] }),
      '$.actors[0].provenance',
    ],
    ['a case', (p) => withCase({ provenance: p }), '$.cases[0].provenance'],
    [
      'a phase',
      (p) => withCase({ phases: [phase1, { ...phase2, provenance: p }, phase3] }),
      '$.cases[0].phases[1].provenance',
    ],
    [
      'a participant',
      (p) => withCase({ participants: [bewoners, { ...gemeente, provenance: p }, corporatie] }),
      '$.cases[0].participants[1].provenance',
    ],
    [
      'a position',
      (p) =>
        withCase({
          participants: [
            bewoners,
            gemeente,
            {
              ...corporatie,
              positions: [
                corporatie.positions[0]!,
                makePosition({ phase: 'fase-3', provenance: p }),
              ],
            },
          ],
        }),
      '$.cases[0].participants[2].positions[1].provenance',
    ],
    [
      'a relation',
      (p) =>
        withCase({ relations: [base.relations[0]!, { ...base.relations[1]!, provenance: p }] }),
      '$.cases[0].relations[1].provenance',
    ],
  ]

  it.each(records)(
    'rejects public-source provenance without sources on %s',
    (_what, build, path) => {
      expectOnlyError(
        build(publicSource),
        `${path}.sources`,
        'a public-source record must cite at least one source',
      )
      expectOnlyError(
        build({ kind: 'public-source', sources: [] }),
        `${path}.sources`,
        'a public-source record must cite at least one source',
      )
    },
  )

  it.each(records)('rejects an unknown cited source on %s', (_what, build, path) => {
    expectOnlyError(
      build({ kind: 'public-source', sources: ['bron-1', 'bron-9'] }),
      `${path}.sources[1]`,
      'unknown source "bron-9"',
    )
  })

  it.each(records)('accepts a known cited source on %s', (_what, build) => {
    expect(parseDataset(build({ kind: 'public-source', sources: ['bron-1'] }))).toMatchObject({
      ok: true,
      warnings: [],
    })
    expect(parseDataset(build({ kind: 'review', sources: ['bron-1'] }))).toMatchObject({
      ok: true,
      warnings: [],
    })
  })
})

describe('integrity: empty cases', () => {
  it('warns about a case without participants but accepts the dataset', () => {
    expectOnlyWarning(
      withCase({ participants: [], relations: [] }),
      '$.cases[0].participants',
      'this case has no actors',
    )
  })
})

describe('integrity: reporting', () => {
  it('returns warnings next to errors when a dataset has both', () => {
    const dataset = makeDataset({
      actors: [...defaultActors(), makeActor()],
      cases: [makeCase({ participants: [], relations: [] })],
    })
    const result = parseDataset(dataset)
    expect(result.ok).toBe(false)
    expect(result.ok ? [] : result.issues.map((issue: DataIssue) => issue.severity).sort()).toEqual(
      ['error', 'warning'],
    )
  })

  it('finds nothing wrong in the default dataset', () => {
    expect(checkIntegrity(makeDataset())).toEqual([])
  })
})
