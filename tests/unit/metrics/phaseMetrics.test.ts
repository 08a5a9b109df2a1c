import { describe, expect, it } from 'vitest'
import { phaseMetrics } from '../../../src/domain/metrics/phaseMetrics.ts'
import { makePhaseGraph, SECTION_3_5 } from './builders.ts'

function byId<T extends { id: string }>(items: readonly T[]): Record<string, T> {
  return Object.fromEntries(items.map((item) => [item.id, item]))
}

describe('phaseMetrics on the verified fixture of the design notes (§3.5)', () => {
  const metrics = phaseMetrics(makePhaseGraph(SECTION_3_5))
  const actor = byId(metrics.actors)
  const ix = metrics.indices

  it('gives the tabled degree, betweenness and closeness per actor', () => {
    const table: Record<string, [number, number, number]> = {
      gem: [3, 0.8333333333, 0.7142857143],
      corp: [2, 0, 0.5555555556],
      welzijn: [4, 3.6666666667, 0.8333333333],
      bew: [3, 2.1666666667, 0.7142857143],
      ondern: [2, 0.5, 0.5555555556],
      hs: [2, 0.8333333333, 0.625],
    }
    for (const [id, [degree, betweenness, closeness]] of Object.entries(table)) {
      expect(actor[id]?.degree, id).toBe(degree)
      expect(actor[id]?.betweenness, id).toBeCloseTo(betweenness, 9)
      expect(actor[id]?.closeness, id).toBeCloseTo(closeness, 9)
    }
  })

  it('sums relation strengths per actor', () => {
    expect(actor.gem?.strength).toBe(6)
    expect(actor.welzijn?.strength).toBe(6)
    expect(actor.hs?.strength).toBe(2)
  })

  it('gives degree centralization 0.40 and betweenness centralization 0.28', () => {
    expect(ix.degreeCentralization).toBeCloseTo(0.4, 12)
    expect(ix.betweennessCentralization).toBeCloseTo(0.28, 12)
    expect(ix.inDegreeCentralization).toBeNull()
    expect(ix.density).toBeCloseTo(8 / 15, 12)
    expect([ix.n, ix.m]).toEqual([6, 8])
  })

  it('gives HHI 0.22495 (normalised 0.06994, 4.45 effective actors)', () => {
    expect(ix.hhi).toBeCloseTo(119 / 529, 12)
    expect(ix.hhi).toBeCloseTo(0.22495, 5)
    expect(ix.hhiNormalized).toBeCloseTo(0.06994, 5)
    expect(ix.effectiveNumber).toBeCloseTo(4.45, 2)
  })

  it('gives Gini 0.32609: Σ|xi − xj| / (2n²·mean), not the n/(n−1) corrected form', () => {
    expect(ix.gini).toBeCloseTo(90 / 276, 12)
    expect(ix.gini).toBeCloseTo(0.32609, 5)
    expect(ix.giniNormalized).toBeCloseTo((0.32609 * 6) / 5, 4)
  })

  it('gives each party type its share of influence, 0 where absent', () => {
    expect(ix.totalInfluence).toBe(23)
    expect(ix.partyTypeShares).toEqual({
      burgers: 3 / 23,
      maatschappelijk: 5 / 23,
      markt: 1 / 23,
      overheid: 8 / 23,
      kennis: 2 / 23,
      professionals: 4 / 23,
    })
    expect(actor.gem?.influenceShare).toBeCloseTo(8 / 23, 12)
  })

  it('names the top actor and its share, and ranks actors by influence', () => {
    expect(ix.top).toEqual({ actorIds: ['gem'], share: 8 / 23 })
    expect(metrics.actors.map((a) => [a.id, a.influenceRank])).toEqual([
      ['gem', 1],
      ['corp', 2],
      ['welzijn', 3],
      ['bew', 4],
      ['ondern', 6],
      ['hs', 5],
    ])
  })
})

describe('phaseMetrics in a directed analysis', () => {
  const star = (arrows: 'in' | 'both') =>
    makePhaseGraph({
      phases: ['p1'],
      actors: ['hub', 'a', 'b', 'c'].map((id) => ({ id, at: { p1: 1 } })),
      relations: ['a', 'b', 'c'].map((leaf) => ({
        source: leaf,
        target: 'hub',
        type: 'financiering' as const,
        directed: arrows === 'in',
      })),
    })

  it('scores a star with ties both ways as fully centralized on total degree', () => {
    const { indices, actors } = phaseMetrics(star('both'), { directed: true })
    expect(actors[0]).toMatchObject({ id: 'hub', degree: 6, inDegree: 3, outDegree: 3 })
    expect(indices.degreeCentralization).toBeCloseTo(1, 12)
    expect(indices.betweennessCentralization).toBeCloseTo(1, 12)
    expect(indices.m).toBe(6)
  })

  it('scores a one-way star as half centralized on total degree, fully on in-degree', () => {
    const { indices, actors } = phaseMetrics(star('in'), { directed: true })
    expect(actors[0]).toMatchObject({ id: 'hub', degree: 3, inDegree: 3, outDegree: 0 })
    expect(indices.degreeCentralization).toBeCloseTo(0.5, 12)
    expect(indices.inDegreeCentralization).toBeCloseTo(1, 12)
    expect(indices.outDegreeCentralization).toBeCloseTo(1 / 9, 12)
    expect(indices.betweennessCentralization).toBe(0)
    expect(indices.density).toBeCloseTo(3 / 12, 12)
  })

  it('treats the same one-way star as a plain star in the default undirected analysis', () => {
    const { indices, actors } = phaseMetrics(star('in'))
    expect(actors[0]).toMatchObject({ degree: 3, inDegree: null, outDegree: null })
    expect(indices.degreeCentralization).toBeCloseTo(1, 12)
    expect(indices.betweennessCentralization).toBeCloseTo(1, 12)
  })
})

describe('phaseMetrics on degenerate phases', () => {
  it('gives a lone actor zeros and leaves undefined influence indices null, never NaN', () => {
    const { indices, actors } = phaseMetrics(
      makePhaseGraph({ phases: ['p1'], actors: [{ id: 'solo', at: { p1: 4 } }] }),
    )
    expect(actors[0]).toMatchObject({ degree: 0, betweenness: 0, closeness: 0, pagerank: 1 })
    expect(indices).toMatchObject({ n: 1, m: 0, density: 0, degreeCentralization: 0, hhi: 1 })
    expect(indices.hhiNormalized).toBeNull()
    expect(indices.giniNormalized).toBeNull()
    expect(indices.top).toEqual({ actorIds: ['solo'], share: 1 })
  })

  it('reports no concentration and no top actor when nobody has influence', () => {
    const { indices, actors } = phaseMetrics(
      makePhaseGraph({
        phases: ['p1'],
        actors: [
          { id: 'a', at: { p1: 0 } },
          { id: 'b', at: { p1: 0 } },
        ],
        relations: [['a', 'b']],
      }),
    )
    expect(indices).toMatchObject({ totalInfluence: 0, hhi: null, gini: null, top: null })
    expect(Object.values(indices.partyTypeShares)).toEqual([0, 0, 0, 0, 0, 0])
    expect(actors.map((a) => [a.influenceShare, a.influenceRank])).toEqual([
      [0, 1],
      [0, 1],
    ])
  })

  it('lists every tied top actor', () => {
    const { indices } = phaseMetrics(
      makePhaseGraph({
        phases: ['p1'],
        actors: [
          { id: 'a', at: { p1: 4 } },
          { id: 'b', at: { p1: 2 } },
          { id: 'c', at: { p1: 4 } },
        ],
      }),
    )
    expect(indices.top).toEqual({ actorIds: ['a', 'c'], share: 0.4 })
  })
})
