import { describe, expect, it } from 'vitest'
import { buildCaseGraph } from '../../../src/domain/caseGraph.ts'
import { PARTY_STYLE, RELATION_STYLE, WORLD_COLOUR } from '../../../src/graph/encoding.ts'
import {
  ABSENT_COLOUR,
  buildLargeModel,
  edgeLooks,
  largeNetworkDetail,
  nodeLooks,
} from '../../../src/graph/large/largeModel.ts'
import { sigmaDetail } from '../../../src/graph/levelOfDetail.ts'
import { generateSyntheticNetwork } from '../../../src/domain/synthetic.ts'
import { makeDataset } from '../domain/builders.ts'

// The builders' case: `corporatie` joins in phase 2 with its relation to `gemeente`.
const dataset = makeDataset()
const graph = buildCaseGraph(dataset, dataset.cases[0]!)
const detail = sigmaDetail(1000, 2000)

describe('large-network model', () => {
  it('lays out every relation of the case over all phases', () => {
    const model = buildLargeModel(graph)
    expect(model.ids).toEqual(graph.actors.map((a) => a.actor.id))
    expect(model.edges.length).toBe(graph.relations.length * 2)
  })

  it('judges a network by the relations it draws: loops are not counted', () => {
    const { dataset: big } = generateSyntheticNetwork({ nodes: 1000, edgesPerNode: 10, seed: 2 })
    const kase = big.cases[0]!
    const relations = kase.relations
    expect(largeNetworkDetail(buildCaseGraph(big, kase)).edgesWhileLayingOut).toBe(false)
    // One relation turned into a loop leaves 9,999 drawn: few enough to draw while laying out.
    const looped = { ...relations[0]!, target: relations[0]!.source }
    const withLoop = { ...kase, relations: [looped, ...relations.slice(1)] }
    const graphWithLoop = buildCaseGraph(big, withLoop)
    expect(buildLargeModel(graphWithLoop).edges.length / 2).toBe(relations.length - 1)
    expect(largeNetworkDetail(graphWithLoop)).toEqual(sigmaDetail(1000, relations.length - 1))
    expect(largeNetworkDetail(graphWithLoop).edgesWhileLayingOut).toBe(true)
  })

  it('colours actors as the detailed view does and greys out those absent in the phase', () => {
    const looks = nodeLooks(graph, 'fase-1', { lang: 'nl', colourMode: 'partyType' }, detail)
    const byId = new Map(graph.actors.map((a, i) => [a.actor.id, looks[i]!]))
    expect(byId.get('bewoners')!.color).toBe(PARTY_STYLE.burgers.colour)
    expect(byId.get('corporatie')).toMatchObject({ present: false, color: ABSENT_COLOUR })
    const world = nodeLooks(graph, 'fase-1', { lang: 'nl', colourMode: 'world' }, detail)
    expect(world[0]!.color).toBe(WORLD_COLOUR.leefwereld)
  })

  it('sizes actors by influence within the level-of-detail range', () => {
    const looks = nodeLooks(graph, 'fase-2', { lang: 'nl', colourMode: 'partyType' }, detail)
    for (const look of looks) {
      expect(look.size).toBeGreaterThanOrEqual(detail.nodeSize.min)
      expect(look.size).toBeLessThanOrEqual(detail.nodeSize.max)
    }
  })

  it('draws only the relations that hold in the phase, in their type colour', () => {
    expect(edgeLooks(graph, 'fase-1').map((e) => e.key)).toEqual(['r-bewoners-gemeente'])
    const later = edgeLooks(graph, 'fase-2')
    expect(later.map((e) => e.key).sort()).toEqual(['r-bewoners-gemeente', 'r-gemeente-corporatie'])
    const relation = graph.relations.find((r) => r.id === later[0]!.key)!
    expect(later[0]!.color).toBe(RELATION_STYLE[relation.type].colour)
  })
})
