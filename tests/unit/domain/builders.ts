/**
 * Builders for small, valid datasets. Each test starts from a dataset that passes the gate
 * and breaks exactly one thing, so a failing rule shows up as the only issue.
 *
 * The default case has three phases and three actors:
 * - `bewoners` and `gemeente` take part in all phases, `corporatie` only in phases 2 and 3;
 * - `r-bewoners-gemeente` holds in all phases, `r-gemeente-corporatie` in phases 2 and 3.
 */
import type {
  Actor,
  Case,
  Dataset,
  Participant,
  Phase,
  Position,
  Provenance,
  Relation,
  Source,
} from '../../../src/domain/schema.ts'

export const ILLUSTRATIVE: Provenance = { kind: 'illustrative' }

export function makeSource(overrides: Partial<Source> = {}): Source {
  return { id: 'bron-1', title: 'Een openbare bron', ...overrides }
}

export function makeActor(overrides: Partial<Actor> = {}): Actor {
  return {
    id: 'bewoners',
    label: 'Bewoners',
    partyType: 'burgers',
    provenance: ILLUSTRATIVE,
    ...overrides,
  }
}

export function makePhase(overrides: Partial<Phase> = {}): Phase {
  return {
    id: 'fase-1',
    order: 1,
    label: 'Start',
    narrative: 'Bewoners nemen het initiatief.',
    provenance: ILLUSTRATIVE,
    ...overrides,
  }
}

export function makePosition(overrides: Partial<Position> = {}): Position {
  return {
    phase: 'fase-1',
    roles: ['deelnemer'],
    influence: 3,
    provenance: ILLUSTRATIVE,
    ...overrides,
  }
}

/** A participant present in the given phases, with one default position per phase. */
export function makeParticipant(
  actor: string,
  phases: readonly string[],
  overrides: Partial<Participant> = {},
): Participant {
  return {
    actor,
    motive: 'Een betere buurt.',
    provenance: ILLUSTRATIVE,
    positions: phases.map((phase) => makePosition({ phase })),
    ...overrides,
  }
}

export function makeRelation(overrides: Partial<Relation> = {}): Relation {
  return {
    id: 'r-bewoners-gemeente',
    type: 'samenwerking',
    source: 'bewoners',
    target: 'gemeente',
    directed: false,
    strength: 2,
    phases: ['fase-1'],
    provenance: ILLUSTRATIVE,
    ...overrides,
  }
}

export function defaultActors(): Actor[] {
  return [
    makeActor(),
    makeActor({ id: 'gemeente', label: 'Gemeente', partyType: 'overheid' }),
    makeActor({ id: 'corporatie', label: 'Woningcorporatie', partyType: 'maatschappelijk' }),
  ]
}

export function makeCase(overrides: Partial<Case> = {}): Case {
  const phases = ['fase-1', 'fase-2', 'fase-3']
  return {
    id: 'casus-1',
    title: 'Een buurthuis',
    titleEn: 'A community centre',
    theme: 'ontmoetingsplekken',
    city: 'Amsterdam',
    setting: 'urban',
    summary: 'Bewoners en gemeente runnen samen een buurthuis.',
    summaryEn: 'Residents and the municipality run a community centre together.',
    outcome: 'Het buurthuis blijft open.',
    pitfalls: [],
    lessons: [],
    provenance: ILLUSTRATIVE,
    phases: [
      makePhase({ id: 'fase-1', order: 1, label: 'Start', period: { start: '2015', end: '2016' } }),
      makePhase({ id: 'fase-2', order: 2, label: 'Groei', period: { start: '2016', end: '2018' } }),
      makePhase({ id: 'fase-3', order: 3, label: 'Borging', period: { start: '2018' } }),
    ],
    participants: [
      makeParticipant('bewoners', phases),
      makeParticipant('gemeente', phases),
      makeParticipant('corporatie', ['fase-2', 'fase-3']),
    ],
    relations: [
      makeRelation({ phases }),
      makeRelation({
        id: 'r-gemeente-corporatie',
        type: 'financiering',
        source: 'gemeente',
        target: 'corporatie',
        directed: true,
        phases: ['fase-2', 'fase-3'],
      }),
    ],
    ...overrides,
  }
}

export function makeDataset(overrides: Partial<Dataset> = {}): Dataset {
  return {
    format: 'wijknetwerk-dataset',
    version: 1,
    title: 'Testdataset',
    disclaimer: 'Illustratief.',
    sources: [makeSource()],
    actors: defaultActors(),
    cases: [makeCase()],
    ...overrides,
  }
}

/** The default dataset with its one case changed. */
export function withCase(overrides: Partial<Case>): Dataset {
  return makeDataset({ cases: [makeCase(overrides)] })
}

/** Pass as the value to `withValueAt` to remove the key instead. */
export const DELETE = Symbol('delete')

/**
 * A plain-JSON copy of `input` with the value at `keys` replaced, or deleted when `value`
 * is `DELETE`. For shape errors the types would not let a test write.
 */
export function withValueAt(
  input: unknown,
  keys: readonly (string | number)[],
  value: unknown,
): unknown {
  const root: unknown = JSON.parse(JSON.stringify(input))
  let node: unknown = root
  keys.forEach((key, i) => {
    if (typeof node !== 'object' || node === null)
      throw new Error(`no object at ${keys.slice(0, i).join('.')}`)
    const record = node as Record<string | number, unknown>
    if (i < keys.length - 1) node = record[key]
    else if (value === DELETE) delete record[key]
    else record[key] = value
  })
  return root
}
