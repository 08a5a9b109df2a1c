import { describe, expect, it } from 'vitest'
import { diffConsecutivePhases, diffPhases } from '../../../src/domain/metrics/phaseDiff.ts'
import { makeCaseGraph, makePhaseGraph, SHIFT_CASE } from './builders.ts'

const diff = diffPhases(makePhaseGraph(SHIFT_CASE, 'p1'), makePhaseGraph(SHIFT_CASE, 'p2'))
const actor = (id: string) => diff.actors.find((a) => a.id === id)

describe('diffPhases: actors', () => {
  it('lists the actors of the earlier phase, then those that enter, with their status', () => {
    expect(diff.actors.map((a) => [a.id, a.status])).toEqual([
      ['gem', 'stayed'],
      ['corp', 'stayed'],
      ['bew', 'stayed'],
      ['ondern', 'left'],
      ['coop', 'entered'],
    ])
    expect(diff.entered).toEqual(['coop'])
    expect(diff.left).toEqual(['ondern'])
  })

  it('gives every measure before, after and the difference', () => {
    expect(actor('bew')?.measures.influence).toEqual({ from: 2, to: 6, delta: 4 })
    expect(actor('bew')?.measures.influenceShare.from).toBeCloseTo(2 / 15, 12)
    expect(actor('bew')?.measures.influenceShare.to).toBeCloseTo(6 / 16, 12)
    expect(actor('bew')?.measures.degree).toEqual({ from: 2, to: 2, delta: 0 })
    expect(actor('bew')?.measures.strength).toEqual({ from: 2, to: 5, delta: 3 })
  })

  it('leaves the missing side empty for actors that enter or leave', () => {
    expect(actor('coop')?.measures.influence).toEqual({ from: null, to: 2, delta: null })
    expect(actor('ondern')?.measures.degree).toEqual({ from: 1, to: null, delta: null })
  })

  it('follows influence ranks, tied actors sharing a rank', () => {
    expect(actor('bew')?.measures.influenceRank).toEqual({ from: 3, to: 1, delta: -2 })
    expect(actor('gem')?.measures.influenceRank).toEqual({ from: 1, to: 2, delta: 1 })
    expect(actor('corp')?.measures.influenceRank).toEqual({ from: 2, to: 2, delta: 0 })
    expect(actor('coop')?.measures.influenceRank.to).toBe(4)
  })

  it('reports role changes of actors present in both phases', () => {
    expect(diff.roleChanges).toEqual([
      { id: 'gem', added: ['facilitator'], removed: ['financier', 'beslisser'] },
      { id: 'bew', added: ['initiatiefnemer', 'trekker'], removed: ['deelnemer'] },
    ])
    expect(actor('coop')?.rolesAdded).toEqual(['uitvoerder'])
  })
})

describe('diffPhases: relations', () => {
  const byKey = Object.fromEntries(diff.relations.map((r) => [r.key, r]))

  it('matches ties by type and pair of actors, whatever the id or the order of the ends', () => {
    expect(byKey['samenwerking|bew|gem']).toMatchObject({
      status: 'strengthened',
      strength: { from: 1, to: 3, delta: 2 },
      fromIds: ['gem-bew-1'],
      toIds: ['gem-bew-2'],
    })
    expect(byKey['financiering|corp|gem']).toMatchObject({
      status: 'weakened',
      strength: { from: 3, to: 2, delta: -1 },
    })
  })

  it('keeps a relation that holds in both phases unchanged', () => {
    expect(byKey['samenwerking|corp|gem']).toMatchObject({
      status: 'unchanged',
      fromIds: ['gem-corp'],
      toIds: ['gem-corp'],
    })
  })

  it('reports ties that end and appear, conflicts included, parallel ones summed', () => {
    expect(byKey['advies|bew|ondern']?.status).toBe('ended')
    expect(byKey['samenwerking|bew|coop']?.status).toBe('appeared')
    expect(byKey['conflict|bew|corp']).toMatchObject({ status: 'appeared', type: 'conflict' })
    expect(byKey['advies|corp|gem']).toMatchObject({
      status: 'appeared',
      strength: { from: null, to: 2, delta: null },
      toIds: ['advies-a', 'advies-b'],
    })
    expect(diff.relations).toHaveLength(7)
  })
})

describe('diffPhases: the phase as a whole', () => {
  it('gives the change of each party type share, all six types present', () => {
    expect(diff.partyTypeShares.burgers.from).toBeCloseTo(2 / 15, 12)
    expect(diff.partyTypeShares.burgers.to).toBeCloseTo(8 / 16, 12)
    expect(diff.partyTypeShares.markt).toEqual({ from: 1 / 15, to: 0, delta: -1 / 15 })
    expect(diff.partyTypeShares.kennis).toEqual({ from: 0, to: 0, delta: 0 })
  })

  it('gives the change of the indices and of the top actor', () => {
    expect(diff.indices.hhi.from).toBeCloseTo(85 / 225, 12)
    expect(diff.indices.hhi.to).toBeCloseTo(72 / 256, 12)
    expect(diff.indices.n).toEqual({ from: 4, to: 4, delta: 0 })
    expect(diff.top.from).toEqual({ actorIds: ['gem'], share: 8 / 15 })
    expect(diff.top.to).toEqual({ actorIds: ['bew'], share: 6 / 16 })
  })
})

describe('diffConsecutivePhases', () => {
  it('compares each phase with the next, in phase order', () => {
    const diffs = diffConsecutivePhases(makeCaseGraph(SHIFT_CASE))
    expect(diffs.map((d) => [d.from.phaseId, d.to.phaseId])).toEqual([
      ['p1', 'p2'],
      ['p2', 'p3'],
    ])
    const ended = diffs[1]?.relations.filter((r) => r.status === 'ended').map((r) => r.key)
    expect(ended).toEqual(['financiering|corp|gem', 'conflict|bew|corp', 'advies|corp|gem'])
  })

  it('can run the measures in a directed analysis', () => {
    const [first] = diffConsecutivePhases(makeCaseGraph(SHIFT_CASE), { directed: true })
    expect(first?.from.directed).toBe(true)
    const ondern = first?.actors.find((a) => a.id === 'ondern')
    expect(ondern?.measures.inDegree).toEqual({ from: 1, to: null, delta: null })
    expect(ondern?.measures.outDegree).toEqual({ from: 0, to: null, delta: null })
  })
})
