import type { ElementDefinition } from 'cytoscape'
import { describe, expect, it } from 'vitest'
import { phaseGraph } from '../../../src/domain/caseGraph.ts'
import { measureCase, transitionInto } from '../../../src/domain/metrics/caseMetrics.ts'
import { applyDiff, applySizeScale, type DiffNodeData } from '../../../src/graph/diffElements.ts'
import { sizeScale } from '../../../src/graph/sizeScale.ts'
import { toElements } from '../../../src/graph/toElements.ts'
import type { SizeMeasure } from '../../../src/state/analysisStore.ts'
import { makeCaseGraph, SHIFT_CASE } from '../metrics/builders.ts'

const graph = makeCaseGraph(SHIFT_CASE)
const measured = measureCase(graph)
const texts = { entered: '★ nieuw', left: '✕ weg', role: (role: string) => role }

function diffView(measure: SizeMeasure = 'influence', phaseId = 'p2') {
  const scale = sizeScale(
    measured.phases.map((p) => p.metrics),
    measure,
  )
  const base = toElements(graph, phaseId, {}, {
    lang: 'nl',
    colourMode: 'partyType',
    selectedActorId: null,
  } as Parameters<typeof toElements>[3])
  const transition = transitionInto(measured, phaseId)
  const previous = phaseGraph(graph, transition?.from.phaseId ?? '')
  if (!transition || !previous) throw new Error('no previous phase')
  return applyDiff(applySizeScale(base, phaseId, scale), scale, {
    transition,
    previous,
    lang: 'nl',
    texts,
  })
}

const node = (elements: ElementDefinition[], actorId: string) =>
  elements.find((e) => e.data.id === `actor:${actorId}`) as ElementDefinition & {
    data: DiffNodeData
  }
const edge = (elements: ElementDefinition[], relationId: string) =>
  elements.find((e) => e.data.id === `rel:${relationId}`)

describe('applySizeScale', () => {
  it('sizes present actors by the chosen measure and leaves absent ones small', () => {
    const scale = sizeScale(
      measured.phases.map((p) => p.metrics),
      'influence',
    )
    const base = toElements(graph, 'p2', {}, {
      lang: 'nl',
      colourMode: 'partyType',
      selectedActorId: null,
    } as Parameters<typeof toElements>[3])
    const sized = applySizeScale(base, 'p2', scale)
    expect(node(sized, 'bew').data.size).toBe(scale.sizeOf(6))
    expect(node(sized, 'ondern').data.size).toBe(node(base, 'ondern').data.size)
  })
})

describe('applyDiff', () => {
  const elements = diffView()

  it('draws the relations of the previous phase that ended, marked as ended', () => {
    const ended = edge(elements, 'advies-ondern')
    expect(ended?.classes).toContain('diff-ended')
    expect(ended?.data).toMatchObject({ source: 'actor:bew', target: 'actor:ondern' })
    // Ties that go on are not drawn twice.
    expect(elements.filter((e) => e.data.id === 'rel:gem-corp')).toHaveLength(1)
  })

  it('marks new, strengthened and weakened ties', () => {
    expect(edge(elements, 'bew-coop')?.classes).toContain('diff-new')
    expect(edge(elements, 'gem-bew-2')?.classes).toContain('diff-stronger')
    expect(edge(elements, 'gem-bew-2')?.data.diffMark).toBe('+')
    expect(edge(elements, 'fin-2')?.classes).toContain('diff-weaker')
    expect(edge(elements, 'fin-2')?.data.diffMark).toBe('−')
    expect(edge(elements, 'gem-corp')?.classes ?? '').not.toMatch(/diff-/)
  })

  it('gives each actor its rise or fall in the sized measure as a badge under its name', () => {
    expect(node(elements, 'bew').data.badge).toBe('▲ +4')
    expect(node(elements, 'bew').classes).toContain('diff-up')
    expect(node(elements, 'gem').data.badge).toBe('▼ −4')
    expect(node(elements, 'gem').data.label).toBe(
      'Gemeente\n▼ −4\n+facilitator −financier −beslisser',
    )
    expect(node(elements, 'corp').data.badge).toBe('')
    expect(node(elements, 'corp').data.label).toBe('Corporatie')
  })

  it('labels role changes and marks actors that entered or left', () => {
    expect(node(elements, 'bew').data.roleChange).toBe('+initiatiefnemer +trekker −deelnemer')
    expect(node(elements, 'bew').classes).toContain('diff-roles')
    expect(node(elements, 'coop').data.badge).toBe('★ nieuw')
    expect(node(elements, 'coop').classes).toContain('diff-entered')
    expect(node(elements, 'ondern').data.badge).toBe('✕ weg')
    expect(node(elements, 'ondern').classes).toContain('diff-left')
  })

  it('follows the chosen size measure', () => {
    // Corporatie keeps its influence (no badge by influence) but its PageRank moves.
    const delta =
      transitionInto(measured, 'p2')?.actors.find((a) => a.id === 'corp')?.measures.pagerank
        .delta ?? 0
    expect(Math.abs(delta)).toBeGreaterThan(0.005)
    const badge = node(diffView('pagerank'), 'corp').data.badge
    expect(badge).toMatch(delta > 0 ? /^▲ \+0,\d\d$/ : /^▼ −0,\d\d$/)
    expect(Number(badge.slice(3).replace(',', '.'))).toBeCloseTo(Math.abs(delta), 2)
  })
})
