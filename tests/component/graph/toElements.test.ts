import { describe, expect, it } from 'vitest'
import { buildCaseGraph } from '../../../src/domain/caseGraph.ts'
import { canvasLabel } from '../../../src/graph/canvasLabel.ts'
import { NODE_SIZE_ABSENT, nodeSizeForInfluence } from '../../../src/graph/encoding.ts'
import { computeCaseLayout } from '../../../src/graph/layout.ts'
import { type ElementOptions, toElements } from '../../../src/graph/toElements.ts'
import { makeCases, makeDataset } from '../../builders.ts'

const dataset = makeDataset({ cases: makeCases(2) })
const graph = buildCaseGraph(dataset, dataset.cases[0]!)
const options: ElementOptions = { lang: 'nl', colourMode: 'partyType', selectedActorId: null }

const nodes = (phaseId: string) =>
  toElements(graph, phaseId, computeCaseLayout(graph), options).filter((e) => e.group === 'nodes')
const edges = (phaseId: string) =>
  toElements(graph, phaseId, computeCaseLayout(graph), options).filter((e) => e.group === 'edges')

describe('computeCaseLayout', () => {
  it('gives every actor of the case a position, the same on every call', () => {
    const first = computeCaseLayout(graph)
    expect(Object.keys(first).sort()).toEqual(['bewoners', 'gemeente', 'welzijn'])
    expect(computeCaseLayout(buildCaseGraph(dataset, dataset.cases[0]!))).toEqual(first)
  })

  it('keeps actors apart, with room for their labels', () => {
    const positions = Object.values(computeCaseLayout(graph))
    for (const [i, a] of positions.entries())
      for (const b of positions.slice(i + 1))
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(60)
  })

  it('lays out a larger case without overlaps and deterministically', () => {
    const actors = Array.from({ length: 14 }, (_, i) => ({
      id: `actor-${i}`,
      label: `Organisatie nummer ${i}`,
      partyType: 'maatschappelijk' as const,
      provenance: { kind: 'illustrative' as const },
    }))
    const phase = dataset.cases[0]!.phases[0]!
    const kase = {
      ...dataset.cases[0]!,
      phases: [phase],
      participants: actors.map((a) => ({
        actor: a.id,
        motive: 'm',
        provenance: a.provenance,
        positions: [{ phase: phase.id, roles: [], influence: 4, provenance: a.provenance }],
      })),
      relations: actors.slice(1).map((a, i) => ({
        id: `r-${i}`,
        type: 'samenwerking' as const,
        source: actors[i]!.id,
        target: a.id,
        directed: false,
        strength: 2,
        phases: [phase.id],
        provenance: a.provenance,
      })),
    }
    const big = buildCaseGraph({ ...dataset, actors, cases: [kase] }, kase)
    const a = computeCaseLayout(big)
    expect(computeCaseLayout(big)).toEqual(a)
    const points = Object.values(a)
    for (const [i, p] of points.entries())
      for (const q of points.slice(i + 1))
        // Boxes are at least a label wide apart horizontally, or a node-and-label tall apart vertically.
        expect(Math.abs(p.x - q.x) >= 100 || Math.abs(p.y - q.y) >= 60).toBe(true)
  })
})

describe('toElements', () => {
  it('places every actor at the same position in every phase', () => {
    const positionsOf = (phaseId: string) =>
      Object.fromEntries(nodes(phaseId).map((n) => [n.data.id, n.position]))
    expect(positionsOf('opbouw')).toEqual(positionsOf('verkenning'))
    expect(positionsOf('zelfstandig')).toEqual(positionsOf('verkenning'))
  })

  it('keeps actors that are absent in the phase, flagged and small', () => {
    const absent = nodes('verkenning').find((n) => n.data.id === 'actor:welzijn')!
    expect(absent.classes).toContain('absent')
    expect(absent.data).toMatchObject({ present: false, influence: -1, size: NODE_SIZE_ABSENT })
    const present = nodes('verkenning').find((n) => n.data.id === 'actor:gemeente')!
    expect(present.classes).not.toContain('absent')
    expect(present.data).toMatchObject({
      present: true,
      influence: 6,
      size: nodeSizeForInfluence(6),
    })
    expect(nodes('zelfstandig')).toHaveLength(3)
  })

  it('draws only the relations that hold in the phase, with namespaced ids', () => {
    expect(edges('verkenning').map((e) => e.data.id)).toEqual(['rel:casus-1-subsidie'])
    expect(edges('opbouw').map((e) => e.data.id)).toEqual([
      'rel:casus-1-subsidie',
      'rel:casus-1-samen',
    ])
    expect(edges('zelfstandig').map((e) => e.data)).toEqual([
      expect.objectContaining({
        id: 'rel:casus-1-samen',
        source: 'actor:welzijn',
        target: 'actor:bewoners',
      }),
    ])
    expect(nodes('opbouw').map((n) => n.data.id)).toEqual([
      'actor:bewoners',
      'actor:gemeente',
      'actor:welzijn',
    ])
  })

  it('marks directed relations, the chosen actor and the colour mode', () => {
    const elements = toElements(graph, 'opbouw', computeCaseLayout(graph), {
      lang: 'en',
      colourMode: 'world',
      selectedActorId: 'gemeente',
    })
    const byId = new Map(elements.map((e) => [e.data.id, e]))
    expect(byId.get('rel:casus-1-subsidie')!.classes).toBe('directed')
    expect(byId.get('rel:casus-1-samen')!.classes).toBe('')
    expect(byId.get('actor:gemeente')!.classes).toContain('chosen')
    expect(byId.get('actor:gemeente')!.classes).toContain('by-world')
    expect(byId.get('actor:gemeente')!.data.label).toBe('Municipality')
    expect(byId.get('actor:bewoners')!.data.world).toBe('leefwereld')
  })

  it('returns fresh objects on every call, because Cytoscape mutates what it is given', () => {
    const positions = computeCaseLayout(graph)
    const a = toElements(graph, 'opbouw', positions, options)
    const b = toElements(graph, 'opbouw', positions, options)
    expect(b).toEqual(a)
    expect(b[0]!.data).not.toBe(a[0]!.data)
    expect(b[0]!.position).not.toBe(a[0]!.position)
    expect(a[0]!.position).not.toBe(positions.bewoners)
  })
})

describe('canvasLabel', () => {
  it('shortens long labels for the canvas', () => {
    expect(canvasLabel('Gemeente')).toBe('Gemeente')
    expect(canvasLabel('Huize Middelland (Huis van de Wijk)')).toBe('Huize Middelland')
    expect(canvasLabel('Buurthuis (oud)')).toBe('Buurthuis (oud)')
    expect(canvasLabel('Academische Werkplaats Transformatie Jeugd Utrecht')).toBe(
      'Academische Werkplaats Transformatie…',
    )
  })
})
