import { seededRandom } from '../lib/prng.ts'
import type { Actor, Case, Dataset, Participant, Phase, Provenance, Relation } from './schema.ts'
import { DATASET_FORMAT, DATASET_VERSION } from './schema.ts'
import {
  DIRECTED_BY_DEFAULT,
  INFLUENCE_MAX,
  PARTY_TYPES,
  RELATION_TYPES,
  STRENGTH_MAX,
} from './vocabulary.ts'

/**
 * A seeded generator of large networks with community structure, for the benchmark and for
 * trying the app on networks of thousands of actors. The output is an ordinary dataset (one
 * case, one or more phases) that enters the app through `parseDataset` like any user file.
 */

export interface SyntheticOptions {
  /** Number of actors. */
  nodes: number
  /** Relations per actor on average: the network gets `nodes × edgesPerNode` relations. */
  edgesPerNode: number
  seed: number
  /** Phases of the case (default 1); every actor takes part in all of them. */
  phases?: number
  /** Share of relations inside a community (default 0.85). */
  intraShare?: number
}

export interface SyntheticNetwork {
  dataset: Dataset
  /** The community of each actor, by actor id: the structure the generator planted. */
  communityOf: ReadonlyMap<string, number>
  communities: number
}

export const SYNTHETIC_CASE_ID = 'synthetic'

const PROVENANCE: Provenance = {
  kind: 'illustrative',
  note: 'Generated network for performance tests; it describes no real collaboration.',
}

/** Communities of about 2√n actors each (√n / 2 communities), as in the measurements of perf.md. */
export function communityCount(nodes: number): number {
  return Math.max(1, Math.round(Math.sqrt(nodes) / 2))
}

/** Generates the dataset; the same options always give the same dataset. */
export function generateSyntheticNetwork(options: SyntheticOptions): SyntheticNetwork {
  const { nodes, edgesPerNode, seed } = options
  const phaseCount = options.phases ?? 1
  const intraShare = options.intraShare ?? 0.85
  if (!Number.isInteger(nodes) || nodes < 2) throw new Error('nodes must be an integer ≥ 2')
  if (!Number.isInteger(phaseCount) || phaseCount < 1)
    throw new Error('phases must be an integer ≥ 1')
  const edges = Math.round(nodes * edgesPerNode)
  if (edges < 0 || edges > (nodes * (nodes - 1)) / 4)
    throw new Error(`${edges} relations do not fit between ${nodes} actors`)

  const random = seededRandom(seed)
  const pick = (n: number) => Math.floor(random() * n)
  const communities = communityCount(nodes)
  // Actors i, i + c, i + 2c… form community i: communities of near-equal size.
  const community = (i: number) => i % communities
  const members = (c: number) => Math.floor((nodes - 1 - c) / communities) + 1
  const memberAt = (c: number, k: number) => c + k * communities
  const actorId = (i: number) => `s-${i + 1}`

  const phases: Phase[] = Array.from({ length: phaseCount }, (_, p) => ({
    id: `fase-${p + 1}`,
    order: p + 1,
    label: `Fase ${p + 1}`,
    labelEn: `Phase ${p + 1}`,
    narrative: 'Gegenereerde fase.',
    narrativeEn: 'Generated phase.',
    provenance: PROVENANCE,
  }))

  const actors: Actor[] = []
  const participants: Participant[] = []
  const communityOf = new Map<string, number>()
  for (let i = 0; i < nodes; i++) {
    const id = actorId(i)
    // Mostly one party type per community, so the colours show the clusters.
    const typeIndex = random() < 0.8 ? community(i) % PARTY_TYPES.length : pick(PARTY_TYPES.length)
    actors.push({
      id,
      label: `Partij ${i + 1}`,
      labelEn: `Party ${i + 1}`,
      partyType: PARTY_TYPES[typeIndex]!,
      provenance: PROVENANCE,
    })
    participants.push({
      actor: id,
      motive: 'Gegenereerd.',
      provenance: PROVENANCE,
      positions: phases.map((phase) => ({
        phase: phase.id,
        roles: [],
        influence: pick(INFLUENCE_MAX + 1),
        provenance: PROVENANCE,
      })),
    })
    communityOf.set(id, community(i))
  }

  const relations: Relation[] = []
  const seen = new Set<number>()
  let attempts = 0
  while (relations.length < edges) {
    if (++attempts > edges * 50) throw new Error('could not place the requested relations')
    const a = pick(nodes)
    const c = community(a)
    const inside = random() < intraShare && members(c) > 1
    const b = inside ? memberAt(c, pick(members(c))) : pick(nodes)
    if (a === b) continue
    const key = a < b ? a * nodes + b : b * nodes + a
    if (seen.has(key)) continue
    seen.add(key)
    const type = RELATION_TYPES[pick(RELATION_TYPES.length)]!
    // A relation starts in some phase and holds until the last one.
    const from = pick(phaseCount)
    relations.push({
      id: `r-${relations.length + 1}`,
      type,
      source: actorId(a),
      target: actorId(b),
      directed: DIRECTED_BY_DEFAULT[type],
      strength: 1 + pick(STRENGTH_MAX),
      phases: phases.slice(from).map((phase) => phase.id),
      provenance: PROVENANCE,
    })
  }

  const kase: Case = {
    id: SYNTHETIC_CASE_ID,
    title: `Gegenereerd netwerk (${nodes} partijen)`,
    titleEn: `Generated network (${nodes} parties)`,
    theme: 'gebiedsontwikkeling',
    city: 'Voorbeeldstad',
    setting: 'urban',
    summary: `Een gegenereerd netwerk met ${communities} groepen, seed ${seed}.`,
    summaryEn: `A generated network with ${communities} communities, seed ${seed}.`,
    outcome: 'Geen: dit netwerk dient om de app te testen.',
    pitfalls: [],
    lessons: [],
    provenance: PROVENANCE,
    phases,
    participants,
    relations,
  }
  const dataset: Dataset = {
    format: DATASET_FORMAT,
    version: DATASET_VERSION,
    title: `Gegenereerd netwerk, ${nodes} partijen en ${edges} relaties`,
    disclaimer: 'Dit netwerk is gegenereerd en beschrijft geen echte samenwerking.',
    disclaimerEn: 'This network is generated and describes no real collaboration.',
    sources: [],
    actors,
    cases: [kase],
  }
  return { dataset, communityOf, communities }
}
