import { describe, expect, it } from 'vitest'
import { linkTypes, partyTypeNetwork } from '../../../src/domain/metrics/partyTypeNetwork.ts'
import { makePhaseGraph, SHIFT_CASE } from '../metrics/builders.ts'

describe('partyTypeNetwork', () => {
  it('sums influence per party type and counts relations between types', () => {
    const network = partyTypeNetwork([makePhaseGraph(SHIFT_CASE, 'p1')])
    const node = (type: string) => network.nodes.find((n) => n.type === type)
    // p1: gem 8 (overheid), corp 4 (maatschappelijk), bew 2 (burgers), ondern 1 (markt).
    expect(network.totalInfluence).toBe(15)
    expect(node('overheid')).toMatchObject({ influence: 8, actors: 1 })
    expect(node('overheid')?.share).toBeCloseTo(8 / 15, 12)
    expect(node('kennis')).toMatchObject({ influence: 0, share: 0, actors: 0 })
    const link = network.links.find((l) => l.a === 'maatschappelijk' && l.b === 'overheid')
    expect(link?.count).toBe(2)
    expect(linkTypes(link!)).toEqual([
      { type: 'financiering', count: 1 },
      { type: 'samenwerking', count: 1 },
    ])
  })

  it('adds phases of several cases together, with ties among one type as a link to itself', () => {
    const network = partyTypeNetwork([
      makePhaseGraph(SHIFT_CASE, 'p2'),
      makePhaseGraph(SHIFT_CASE, 'p3'),
    ])
    expect(network.nodes.find((n) => n.type === 'burgers')?.influence).toBe(16)
    const within = network.links.find((l) => l.a === 'burgers' && l.b === 'burgers')
    expect(within?.count).toBe(2)
  })
})
