import { describe, expect, it } from 'vitest'
import { buildCaseGraph, phaseGraph } from '../../../src/domain/caseGraph.ts'
import {
  DEFAULT_NETWORK_FILTERS,
  filterCaseGraph,
  isFiltering,
  type NetworkFilters,
} from '../../../src/domain/filters.ts'
import {
  makeActor,
  makeCase,
  makeDataset,
  makeParticipant,
  makePosition,
  makeRelation,
} from '../../builders.ts'

const dataset = makeDataset()
const kase = dataset.cases[0]!
const graph = buildCaseGraph(dataset, kase)
const filters = (patch: Partial<NetworkFilters>): NetworkFilters => ({
  ...DEFAULT_NETWORK_FILTERS,
  ...patch,
})
const ids = (g: { actors: readonly { actor: { id: string } }[] }) =>
  g.actors.map((a) => a.actor.id).sort()

describe('filterCaseGraph', () => {
  it('returns the graph itself when nothing is filtered', () => {
    expect(filterCaseGraph(graph, 'opbouw', DEFAULT_NETWORK_FILTERS)).toBe(graph)
    expect(isFiltering(DEFAULT_NETWORK_FILTERS)).toBe(false)
  })

  it('hides a party type and every relation touching it, keeping the case object', () => {
    const out = filterCaseGraph(graph, 'opbouw', filters({ hiddenPartyTypes: ['overheid'] }))
    expect(ids(out)).toEqual(['bewoners', 'welzijn'])
    expect(out.relations.map((r) => r.type)).toEqual(['samenwerking'])
    // Same case object: the case layout (cached per case) and thus positions stay put.
    expect(out.kase).toBe(graph.kase)
  })

  it('hides relations by type and by minimum strength', () => {
    expect(
      phaseGraph(
        filterCaseGraph(graph, 'opbouw', filters({ hiddenRelationTypes: ['financiering'] })),
        'opbouw',
      )?.relations.map((r) => r.type),
    ).toEqual(['samenwerking'])
    expect(
      phaseGraph(
        filterCaseGraph(graph, 'opbouw', filters({ minStrength: 3 })),
        'opbouw',
      )?.relations.map((r) => r.type),
    ).toEqual(['financiering'])
  })

  it('hides actors below the minimum influence in the phase, absent actors included', () => {
    // In phase 1: residents 2, municipality 6; the welfare organisation is absent (drawn faded).
    expect(ids(filterCaseGraph(graph, 'verkenning', filters({})))).toEqual(ids(graph))
    expect(ids(filterCaseGraph(graph, 'verkenning', filters({ minInfluence: 3 })))).toEqual([
      'gemeente',
    ])
  })

  it('shows the union of all phases with each actor’s highest influence and every relation', () => {
    const out = filterCaseGraph(graph, 'verkenning', filters({ scope: 'all' }))
    const phase = phaseGraph(out, 'verkenning')!
    expect(phase.actors.map((a) => [a.actor.id, a.position.influence])).toEqual([
      ['bewoners', 8],
      ['gemeente', 6],
      ['welzijn', 3],
    ])
    expect(phase.actors[0]?.position.roles).toEqual(['initiatiefnemer', 'trekker', 'eigenaar'])
    expect(phase.relations).toHaveLength(2)
    // The union never changes the whole case outside the filtered copy.
    expect(phaseGraph(graph, 'verkenning')?.relations).toHaveLength(1)
  })

  it('shows one actor’s neighbourhood one or two steps out, with the ties among them', () => {
    const chain = makeDataset({
      actors: ['a', 'b', 'c', 'd'].map((id) => makeActor({ id, label: id.toUpperCase() })),
      cases: [
        makeCase({
          phases: [makeCase().phases[0]!],
          participants: ['a', 'b', 'c', 'd'].map((actor) =>
            makeParticipant({ actor, positions: [makePosition()] }),
          ),
          relations: [
            makeRelation({ id: 'ab', source: 'a', target: 'b' }),
            makeRelation({ id: 'bc', source: 'b', target: 'c' }),
            makeRelation({ id: 'cd', source: 'c', target: 'd' }),
          ],
        }),
      ],
    })
    const g = buildCaseGraph(chain, chain.cases[0]!)
    const one = filterCaseGraph(g, 'verkenning', filters({ expand: { actorId: 'b', depth: 1 } }))
    expect(ids(one)).toEqual(['a', 'b', 'c'])
    expect(one.relations.map((r) => r.id)).toEqual(['ab', 'bc'])
    const two = filterCaseGraph(g, 'verkenning', filters({ expand: { actorId: 'a', depth: 2 } }))
    expect(ids(two)).toEqual(['a', 'b', 'c'])
    // Relations hidden by another filter are no path for the neighbourhood.
    const cut = filterCaseGraph(
      g,
      'verkenning',
      filters({ expand: { actorId: 'a', depth: 2 }, minStrength: 3 }),
    )
    expect(ids(cut)).toEqual(['a'])
  })

  it('shows nothing when the neighbourhood’s actor is hidden by another filter', () => {
    const out = filterCaseGraph(
      graph,
      'opbouw',
      filters({ expand: { actorId: 'gemeente', depth: 1 }, hiddenPartyTypes: ['overheid'] }),
    )
    expect(out.actors).toEqual([])
    expect(out.relations).toEqual([])
  })
})
