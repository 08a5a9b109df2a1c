/**
 * Compact builders for network tests: a one-case dataset described by actors with an
 * influence (and roles) per phase, and relations as short tuples. Every dataset goes
 * through `parseDataset`, so a test never measures data the app would reject.
 */
import {
  buildCaseGraph,
  type CaseGraph,
  type PhaseGraph,
  phaseGraph,
} from '../../../src/domain/caseGraph.ts'
import type { Dataset, Relation } from '../../../src/domain/schema.ts'
import { parseDataset } from '../../../src/domain/validate.ts'
import type { PartyType, RelationType, Role } from '../../../src/domain/vocabulary.ts'

/** An actor's influence in a phase, optionally with roles: `8` or `[8, ['beslisser']]`. */
export type At = number | [number, Role[]]

export interface ActorSpec {
  id: string
  partyType?: PartyType
  label?: string
  labelEn?: string
  /** Influence (and roles) per phase id; the actor takes part in these phases only. */
  at: Record<string, At>
}

/** `[source, target, strength]` or a relation with any field overridden. */
export type RelationSpec =
  [string, string, number?] | (Partial<Relation> & { source: string; target: string })

export interface CaseSpec {
  caseId?: string
  phases: string[]
  actors: ActorSpec[]
  relations?: RelationSpec[]
}

const P = { kind: 'illustrative' } as const

/** A valid dataset with one case; throws with the validation issues when the spec is wrong. */
export function makeNetworkDataset(spec: CaseSpec): Dataset {
  const relations: Relation[] = (spec.relations ?? []).map((r, i) => {
    const given = Array.isArray(r) ? { source: r[0], target: r[1], strength: r[2] ?? 1 } : r
    return {
      id: `r${i + 1}`,
      type: 'samenwerking' as RelationType,
      directed: false,
      strength: 1,
      phases: spec.phases.filter(
        (p) => present(spec, given.source, p) && present(spec, given.target, p),
      ),
      provenance: P,
      ...given,
    }
  })
  const input = {
    format: 'wijknetwerk-dataset',
    version: 1,
    title: 'Test',
    disclaimer: 'Verzonnen voor een test.',
    sources: [],
    actors: spec.actors.map((a) => ({
      id: a.id,
      label: a.label ?? a.id,
      ...(a.labelEn === undefined ? {} : { labelEn: a.labelEn }),
      partyType: a.partyType ?? 'burgers',
      provenance: P,
    })),
    cases: [
      {
        id: spec.caseId ?? 'casus',
        title: 'Casus',
        titleEn: 'Case',
        theme: 'armoede',
        city: 'Utrecht',
        setting: 'urban',
        summary: 'Een casus.',
        summaryEn: 'A case.',
        outcome: 'Onbekend.',
        pitfalls: [],
        lessons: [],
        provenance: P,
        phases: spec.phases.map((id, i) => ({
          id,
          order: i + 1,
          label: id,
          narrative: 'Er gebeurt iets.',
          provenance: P,
        })),
        participants: spec.actors.map((a) => ({
          actor: a.id,
          motive: 'Een betere buurt.',
          provenance: P,
          positions: Object.entries(a.at).map(([phase, at]) => ({
            phase,
            influence: Array.isArray(at) ? at[0] : at,
            roles: Array.isArray(at) ? at[1] : [],
            provenance: P,
          })),
        })),
        relations,
      },
    ],
  }
  const result = parseDataset(input)
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'))
  return result.dataset
}

function present(spec: CaseSpec, actor: string, phase: string): boolean {
  return spec.actors.some((a) => a.id === actor && phase in a.at)
}

/** The case graph of the dataset's only case. */
export function makeCaseGraph(spec: CaseSpec): CaseGraph {
  const dataset = makeNetworkDataset(spec)
  const kase = dataset.cases[0]
  if (!kase) throw new Error('no case')
  return buildCaseGraph(dataset, kase)
}

/** One phase graph of a case built from `spec` (the first phase by default). */
export function makePhaseGraph(spec: CaseSpec, phaseId = spec.phases[0] ?? ''): PhaseGraph {
  const graph = phaseGraph(makeCaseGraph(spec), phaseId)
  if (!graph) throw new Error(`no phase ${phaseId}`)
  return graph
}

/** The synthetic fixture of the design notes (domain.md §3.5): six actors, one phase. */
export const SECTION_3_5: CaseSpec = {
  phases: ['p1'],
  actors: [
    { id: 'gem', partyType: 'overheid', at: { p1: 8 } },
    { id: 'corp', partyType: 'maatschappelijk', at: { p1: 5 } },
    { id: 'welzijn', partyType: 'professionals', at: { p1: 4 } },
    { id: 'bew', partyType: 'burgers', at: { p1: 3 } },
    { id: 'ondern', partyType: 'markt', at: { p1: 1 } },
    { id: 'hs', partyType: 'kennis', at: { p1: 2 } },
  ],
  relations: [
    ['gem', 'corp', 3],
    ['gem', 'welzijn', 2],
    ['gem', 'bew', 1],
    ['bew', 'welzijn', 2],
    ['bew', 'ondern', 1],
    ['ondern', 'hs', 1],
    ['hs', 'welzijn', 1],
    ['corp', 'welzijn', 1],
  ],
}

/**
 * Three phases of power shifting from the municipality to residents. From p1 to p2: the
 * residents' group climbs to the top, a co-op enters, the entrepreneur leaves, roles change,
 * and ties appear, end, strengthen (new id, pair given the other way round) and weaken.
 */
export const SHIFT_CASE: CaseSpec = {
  phases: ['p1', 'p2', 'p3'],
  actors: [
    {
      id: 'gem',
      label: 'Gemeente',
      labelEn: 'Municipality',
      partyType: 'overheid',
      at: { p1: [8, ['financier', 'beslisser']], p2: [4, ['facilitator']], p3: 4 },
    },
    {
      id: 'corp',
      label: 'Corporatie',
      labelEn: 'Housing association',
      partyType: 'maatschappelijk',
      at: { p1: [4, ['eigenaar']], p2: [4, ['eigenaar']], p3: 4 },
    },
    {
      id: 'bew',
      label: 'Bewonersgroep',
      labelEn: "Residents' group",
      partyType: 'burgers',
      at: { p1: [2, ['deelnemer']], p2: [6, ['initiatiefnemer', 'trekker']], p3: 6 },
    },
    { id: 'ondern', label: 'Ondernemer', partyType: 'markt', at: { p1: 1 } },
    {
      id: 'coop',
      label: 'Buurtcoöperatie',
      labelEn: 'Neighbourhood co-op',
      partyType: 'burgers',
      at: { p2: [2, ['uitvoerder']], p3: 2 },
    },
  ],
  relations: [
    { id: 'gem-bew-1', source: 'gem', target: 'bew', strength: 1, phases: ['p1'] },
    { id: 'gem-bew-2', source: 'bew', target: 'gem', strength: 3, phases: ['p2', 'p3'] },
    {
      id: 'fin-1',
      source: 'gem',
      target: 'corp',
      type: 'financiering',
      directed: true,
      strength: 3,
      phases: ['p1'],
    },
    {
      id: 'fin-2',
      source: 'corp',
      target: 'gem',
      type: 'financiering',
      directed: true,
      strength: 2,
      phases: ['p2'],
    },
    { id: 'gem-corp', source: 'gem', target: 'corp', strength: 2, phases: ['p1', 'p2', 'p3'] },
    {
      id: 'advies-ondern',
      source: 'bew',
      target: 'ondern',
      type: 'advies',
      directed: true,
      phases: ['p1'],
    },
    { id: 'bew-coop', source: 'bew', target: 'coop', strength: 2, phases: ['p2', 'p3'] },
    { id: 'ruzie', source: 'bew', target: 'corp', type: 'conflict', strength: 2, phases: ['p2'] },
    {
      id: 'advies-a',
      source: 'gem',
      target: 'corp',
      type: 'advies',
      directed: true,
      phases: ['p2'],
    },
    {
      id: 'advies-b',
      source: 'corp',
      target: 'gem',
      type: 'advies',
      directed: true,
      phases: ['p2'],
    },
  ],
}
