/**
 * Builders for test data: small valid defaults, any field overridable. `makeDataset()` passes
 * `parseDataset`; relation ids of a built case are prefixed with the case id, so several built
 * cases can share one dataset.
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
} from '../src/domain/schema.ts'
import { DATASET_FORMAT, DATASET_VERSION } from '../src/domain/schema.ts'

export const illustrative: Provenance = { kind: 'illustrative' }

export function makeSource(overrides: Partial<Source> = {}): Source {
  return {
    id: 'bron-rapport',
    title: 'Rapport over de buurt',
    publisher: 'Hogeschool',
    year: 2019,
    ...overrides,
  }
}

export function makeActor(overrides: Partial<Actor> = {}): Actor {
  return {
    id: 'bewoners',
    label: 'Bewoners',
    labelEn: 'Residents',
    partyType: 'burgers',
    provenance: illustrative,
    ...overrides,
  }
}

/** The actors the default case uses: one per party type the tests need most. */
export const DEFAULT_ACTORS: Actor[] = [
  makeActor(),
  makeActor({ id: 'gemeente', label: 'Gemeente', labelEn: 'Municipality', partyType: 'overheid' }),
  makeActor({
    id: 'welzijn',
    label: 'Welzijnsorganisatie',
    labelEn: 'Welfare organisation',
    partyType: 'maatschappelijk',
    description: 'Biedt welzijnswerk in de wijk.',
  }),
]

export function makePhase(overrides: Partial<Phase> = {}): Phase {
  return {
    id: 'verkenning',
    order: 1,
    label: 'Verkenning',
    labelEn: 'Exploration',
    narrative: 'Bewoners verkennen samen wat de buurt nodig heeft.',
    narrativeEn: 'Residents explore together what the neighbourhood needs.',
    provenance: illustrative,
    ...overrides,
  }
}

export function makePosition(overrides: Partial<Position> = {}): Position {
  return {
    phase: 'verkenning',
    roles: ['deelnemer'],
    influence: 3,
    provenance: illustrative,
    ...overrides,
  }
}

export function makeParticipant(overrides: Partial<Participant> = {}): Participant {
  return {
    actor: 'bewoners',
    motive: 'Een plek om elkaar te ontmoeten.',
    provenance: illustrative,
    positions: [makePosition()],
    ...overrides,
  }
}

export function makeRelation(overrides: Partial<Relation> = {}): Relation {
  return {
    id: 'relatie',
    type: 'samenwerking',
    source: 'bewoners',
    target: 'gemeente',
    directed: false,
    strength: 2,
    phases: ['verkenning'],
    provenance: illustrative,
    ...overrides,
  }
}

/** Three phases; the municipality leaves after phase 2, the welfare organisation joins in phase 2. */
function defaultCaseContent(caseId: string): Pick<Case, 'phases' | 'participants' | 'relations'> {
  return {
    phases: [
      makePhase(),
      makePhase({
        id: 'opbouw',
        order: 2,
        label: 'Opbouw',
        labelEn: 'Building up',
        narrative: 'De gemeente financiert een kwartiermaker.',
        narrativeEn: 'The municipality funds a project starter.',
      }),
      makePhase({
        id: 'zelfstandig',
        order: 3,
        label: 'Zelfstandig',
        labelEn: 'Independent',
        narrative: 'Bewoners dragen het initiatief zelf.',
        narrativeEn: 'Residents run the initiative themselves.',
      }),
    ],
    participants: [
      makeParticipant({
        positions: [
          makePosition({ roles: ['initiatiefnemer'], influence: 2 }),
          makePosition({ phase: 'opbouw', roles: ['trekker'], influence: 5 }),
          makePosition({ phase: 'zelfstandig', roles: ['eigenaar', 'trekker'], influence: 8 }),
        ],
      }),
      makeParticipant({
        actor: 'gemeente',
        motive: 'Minder eenzaamheid in de wijk.',
        motiveEn: 'Less loneliness in the neighbourhood.',
        positions: [
          makePosition({ roles: ['financier'], influence: 6 }),
          makePosition({ phase: 'opbouw', roles: ['financier', 'facilitator'], influence: 4 }),
        ],
      }),
      makeParticipant({
        actor: 'welzijn',
        motive: 'Bewoners versterken.',
        positions: [
          makePosition({ phase: 'opbouw', roles: ['verbinder'], influence: 3 }),
          makePosition({ phase: 'zelfstandig', roles: ['kennispartner'], influence: 2 }),
        ],
      }),
    ],
    relations: [
      makeRelation({
        id: `${caseId}-subsidie`,
        type: 'financiering',
        source: 'gemeente',
        target: 'bewoners',
        directed: true,
        strength: 3,
        phases: ['verkenning', 'opbouw'],
      }),
      makeRelation({
        id: `${caseId}-samen`,
        type: 'samenwerking',
        source: 'welzijn',
        target: 'bewoners',
        strength: 2,
        phases: ['opbouw', 'zelfstandig'],
      }),
    ],
  }
}

export function makeCase(overrides: Partial<Case> = {}): Case {
  const id = overrides.id ?? 'buurthuis'
  return {
    id,
    title: 'Het buurthuis',
    titleEn: 'The community centre',
    theme: 'ontmoetingsplekken',
    city: 'Utrecht',
    setting: 'urban',
    summary: 'Bewoners nemen het beheer van een buurthuis over.',
    summaryEn: 'Residents take over the running of a community centre.',
    outcome: 'Het buurthuis blijft open.',
    outcomeEn: 'The community centre stays open.',
    pitfalls: ['Te veel leunen op een paar vrijwilligers.'],
    pitfallsEn: ['Leaning on a few volunteers too much.'],
    lessons: ['Geef bewoners echte zeggenschap.'],
    lessonsEn: ['Give residents a real say.'],
    provenance: illustrative,
    ...defaultCaseContent(id),
    ...overrides,
  }
}

/** `count` cases with distinct ids (`casus-1`, `casus-2`…) and titles. */
export function makeCases(count: number): Case[] {
  return Array.from({ length: count }, (_, i) =>
    makeCase({ id: `casus-${i + 1}`, title: `Casus ${i + 1}`, titleEn: `Case ${i + 1}` }),
  )
}

export function makeDataset(overrides: Partial<Dataset> = {}): Dataset {
  return {
    format: DATASET_FORMAT,
    version: DATASET_VERSION,
    title: 'Testdataset',
    disclaimer: 'Verzonnen voor tests.',
    disclaimerEn: 'Made up for tests.',
    sources: [makeSource()],
    actors: DEFAULT_ACTORS,
    cases: [makeCase()],
    ...overrides,
  }
}
