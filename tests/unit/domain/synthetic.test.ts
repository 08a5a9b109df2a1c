import { describe, expect, it } from 'vitest'
import { buildCaseGraph } from '../../../src/domain/caseGraph.ts'
import {
  communityCount,
  generateSyntheticNetwork,
  SYNTHETIC_CASE_ID,
} from '../../../src/domain/synthetic.ts'
import { parseDataset } from '../../../src/domain/validate.ts'

const small = { nodes: 400, edgesPerNode: 3, seed: 7 }

describe('generateSyntheticNetwork', () => {
  it('gives the same dataset for the same seed', () => {
    const a = generateSyntheticNetwork(small).dataset
    const b = generateSyntheticNetwork(small).dataset
    expect(JSON.stringify(a)).toBe(JSON.stringify(b))
  })

  it('gives another network for another seed', () => {
    const a = generateSyntheticNetwork(small).dataset.cases[0]!.relations
    const b = generateSyntheticNetwork({ ...small, seed: 8 }).dataset.cases[0]!.relations
    const pairs = (rels: typeof a) => rels.map((r) => `${r.source}>${r.target}`).join(',')
    expect(pairs(a)).not.toBe(pairs(b))
  })

  it('has exactly the requested number of actors and relations, without duplicates or loops', () => {
    const { dataset } = generateSyntheticNetwork({ nodes: 1000, edgesPerNode: 5, seed: 1 })
    const kase = dataset.cases[0]!
    expect(dataset.actors).toHaveLength(1000)
    expect(kase.participants).toHaveLength(1000)
    expect(kase.relations).toHaveLength(5000)
    const keys = kase.relations.map((r) => [r.source, r.target].sort().join('|'))
    expect(new Set(keys).size).toBe(5000)
    expect(kase.relations.every((r) => r.source !== r.target)).toBe(true)
  })

  it('passes parseDataset, the gate every network goes through', () => {
    const { dataset } = generateSyntheticNetwork({ ...small, phases: 3 })
    const result = parseDataset(JSON.parse(JSON.stringify(dataset)))
    expect(result.ok).toBe(true)
    expect(dataset.cases[0]!.id).toBe(SYNTHETIC_CASE_ID)
    expect(dataset.cases[0]!.phases.map((p) => p.order)).toEqual([1, 2, 3])
  })

  it('plants communities: most relations stay inside one', () => {
    const { dataset, communityOf, communities } = generateSyntheticNetwork({
      nodes: 2000,
      edgesPerNode: 2,
      seed: 3,
    })
    expect(communities).toBe(communityCount(2000))
    expect(communities).toBeGreaterThan(10)
    const relations = dataset.cases[0]!.relations
    const inside = relations.filter(
      (r) => communityOf.get(r.source) === communityOf.get(r.target),
    ).length
    // 85 % are placed inside; a random pick elsewhere lands inside by chance ≈ 1/communities.
    expect(inside / relations.length).toBeGreaterThan(0.8)
    // Modularity of the planted partition, well above what a random graph gives (≈ 0).
    const degree = new Map<number, number>()
    for (const r of relations)
      for (const end of [r.source, r.target]) {
        const c = communityOf.get(end)!
        degree.set(c, (degree.get(c) ?? 0) + 1)
      }
    const m = relations.length
    let expected = 0
    for (const d of degree.values()) expected += (d / (2 * m)) ** 2
    expect(inside / m - expected).toBeGreaterThan(0.6)
  })

  it('spreads relations over the phases: a later phase holds at least those of an earlier one', () => {
    const { dataset } = generateSyntheticNetwork({ ...small, phases: 2 })
    const graph = buildCaseGraph(dataset, dataset.cases[0]!)
    const inPhase = (id: string) => graph.relations.filter((r) => r.phases.includes(id)).length
    expect(inPhase('fase-1')).toBeLessThan(inPhase('fase-2'))
    expect(inPhase('fase-2')).toBe(graph.relations.length)
  })

  it('refuses impossible requests with a message', () => {
    expect(() => generateSyntheticNetwork({ nodes: 1, edgesPerNode: 1, seed: 1 })).toThrow(/nodes/)
    expect(() => generateSyntheticNetwork({ nodes: 10, edgesPerNode: 5, seed: 1 })).toThrow(
      /do not fit/,
    )
  })
})
