import { describe, expect, it } from 'vitest'
import {
  buildCaseGraph,
  findCase,
  phaseGraph,
  previousPhase,
} from '../../../src/domain/caseGraph.ts'
import { makeCase, makeDataset, makeParticipant, makeRelation } from './builders.ts'

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id)
const actorIds = (items: readonly { actor: { id: string } }[]) => items.map((item) => item.actor.id)

describe('findCase', () => {
  it('finds a case by id and returns undefined for an unknown id', () => {
    const dataset = makeDataset()
    expect(findCase(dataset, 'casus-1')?.title).toBe('Een buurthuis')
    expect(findCase(dataset, 'casus-9')).toBeUndefined()
  })
})

describe('buildCaseGraph', () => {
  it('holds every actor of the case with its positions keyed by phase', () => {
    const dataset = makeDataset()
    const graph = buildCaseGraph(dataset, dataset.cases[0]!)
    expect(actorIds(graph.actors)).toEqual(['bewoners', 'gemeente', 'corporatie'])
    const corporatie = graph.actors.find((a) => a.actor.id === 'corporatie')!
    expect([...corporatie.positions.keys()]).toEqual(['fase-2', 'fase-3'])
    expect(corporatie.actor.label).toBe('Woningcorporatie')
    expect(ids(graph.relations)).toEqual(['r-bewoners-gemeente', 'r-gemeente-corporatie'])
  })

  it('sorts phases by their order, whatever order they are listed in', () => {
    const kase = makeCase()
    const [a, b, c] = kase.phases
    const shuffled = { ...kase, phases: [c!, a!, b!] }
    const graph = buildCaseGraph(makeDataset({ cases: [shuffled] }), shuffled)
    expect(ids(graph.phases)).toEqual(['fase-1', 'fase-2', 'fase-3'])
    expect(ids(shuffled.phases)).toEqual(['fase-3', 'fase-1', 'fase-2'])
  })

  it('leaves out a participant whose actor is unknown', () => {
    const kase = makeCase({
      participants: [...makeCase().participants, makeParticipant('onbekend', ['fase-1'])],
    })
    const graph = buildCaseGraph(makeDataset({ cases: [kase] }), kase)
    expect(actorIds(graph.actors)).not.toContain('onbekend')
  })
})

describe('phaseGraph', () => {
  const dataset = makeDataset()
  const graph = buildCaseGraph(dataset, dataset.cases[0]!)

  it('leaves out actors that do not take part in the phase', () => {
    const first = phaseGraph(graph, 'fase-1')!
    expect(first.phase.id).toBe('fase-1')
    expect(actorIds(first.actors)).toEqual(['bewoners', 'gemeente'])
    expect(actorIds(phaseGraph(graph, 'fase-2')!.actors)).toEqual([
      'bewoners',
      'gemeente',
      'corporatie',
    ])
  })

  it('gives each actor its position in that phase', () => {
    const kase = makeCase()
    const bewoners = kase.participants[0]!
    bewoners.positions = bewoners.positions.map((p) => ({
      ...p,
      influence: p.phase === 'fase-2' ? 7 : 1,
    }))
    const g = buildCaseGraph(makeDataset({ cases: [kase] }), kase)
    const influence = (phase: string) =>
      phaseGraph(g, phase)!.actors.find((a) => a.actor.id === 'bewoners')!.position.influence
    expect([influence('fase-1'), influence('fase-2'), influence('fase-3')]).toEqual([1, 7, 1])
  })

  it('holds only the relations of that phase', () => {
    expect(ids(phaseGraph(graph, 'fase-1')!.relations)).toEqual(['r-bewoners-gemeente'])
    expect(ids(phaseGraph(graph, 'fase-3')!.relations)).toEqual([
      'r-bewoners-gemeente',
      'r-gemeente-corporatie',
    ])
  })

  it('leaves out a relation of the phase when one of its ends is absent', () => {
    // The gate rejects such data; the graph must still not draw an edge to a missing node.
    const kase = makeCase({
      relations: [
        makeRelation({
          id: 'r-los',
          source: 'bewoners',
          target: 'corporatie',
          phases: ['fase-1', 'fase-2'],
        }),
      ],
    })
    const g = buildCaseGraph(makeDataset({ cases: [kase] }), kase)
    expect(ids(phaseGraph(g, 'fase-1')!.relations)).toEqual([])
    expect(ids(phaseGraph(g, 'fase-2')!.relations)).toEqual(['r-los'])
  })

  it('returns undefined for a phase the case does not have', () => {
    expect(phaseGraph(graph, 'fase-9')).toBeUndefined()
  })
})

describe('previousPhase', () => {
  it('returns the phase before, in order', () => {
    const kase = makeCase()
    const [a, b, c] = kase.phases
    const shuffled = { ...kase, phases: [c!, a!, b!] }
    const graph = buildCaseGraph(makeDataset({ cases: [shuffled] }), shuffled)
    expect(previousPhase(graph, 'fase-3')?.id).toBe('fase-2')
    expect(previousPhase(graph, 'fase-2')?.id).toBe('fase-1')
  })

  it('returns undefined for the first phase and for an unknown phase', () => {
    const dataset = makeDataset()
    const graph = buildCaseGraph(dataset, dataset.cases[0]!)
    expect(previousPhase(graph, 'fase-1')).toBeUndefined()
    expect(previousPhase(graph, 'fase-9')).toBeUndefined()
  })
})
