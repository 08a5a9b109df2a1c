import { describe, expect, it } from 'vitest'
import { measureCase } from '../../../src/domain/metrics/caseMetrics.ts'
import { NODE_SIZE_MAX, NODE_SIZE_MIN } from '../../../src/graph/encoding.ts'
import {
  formatSizeDelta,
  formatSizeValue,
  influenceScale,
  sizeScale,
} from '../../../src/graph/sizeScale.ts'
import { makeCaseGraph, SHIFT_CASE } from '../metrics/builders.ts'

const phases = measureCase(makeCaseGraph(SHIFT_CASE)).phases.map((p) => p.metrics)

describe('sizeScale', () => {
  it('keeps influence on its fixed 0–8 scale', () => {
    const scale = sizeScale(phases, 'influence')
    expect(scale.max).toBe(8)
    expect(scale.sizeOf(0)).toBe(NODE_SIZE_MIN)
    expect(scale.sizeOf(8)).toBe(NODE_SIZE_MAX)
    expect(scale.values.get('p2')?.get('bew')).toBe(6)
  })

  it('reads the same influence scale straight from the scores, without measuring', () => {
    const measured = sizeScale(phases, 'influence')
    const direct = influenceScale(makeCaseGraph(SHIFT_CASE))
    expect(direct.max).toBe(measured.max)
    expect(direct.stops).toEqual(measured.stops)
    expect(direct.values).toEqual(measured.values)
  })

  it('scales a structural measure by its maximum over all phases of the case', () => {
    const scale = sizeScale(phases, 'degree')
    const all = phases.flatMap((p) => p.actors.map((a) => a.degree))
    expect(scale.max).toBe(Math.max(...all))
    expect(scale.sizeOf(scale.max)).toBe(NODE_SIZE_MAX)
    expect(scale.stops.map((s) => s.value)).toEqual([0, scale.max / 2, scale.max])
  })

  it('draws a node that gains ties larger in the later phase, on the same scale', () => {
    const scale = sizeScale(phases, 'degree')
    const bewIn = (phaseId: string) => scale.sizeOf(scale.values.get(phaseId)?.get('bew') ?? 0)
    const degree = (phaseId: string) =>
      phases.find((p) => p.phaseId === phaseId)?.actors.find((a) => a.id === 'bew')?.degree ?? 0
    expect(degree('p2')).toBeGreaterThan(0)
    expect(Math.sign(bewIn('p2') - bewIn('p1'))).toBe(Math.sign(degree('p2') - degree('p1')))
  })

  it('gives every node the smallest size when a measure is 0 everywhere', () => {
    const lonely = makeCaseGraph({ phases: ['a'], actors: [{ id: 'x', at: { a: 3 } }] })
    const scale = sizeScale(
      measureCase(lonely).phases.map((p) => p.metrics),
      'betweenness',
    )
    expect(scale.max).toBe(0)
    expect(scale.sizeOf(0)).toBe(NODE_SIZE_MIN)
  })

  it('writes values and changes in the reader’s language', () => {
    expect(formatSizeValue('betweenness', 0.256, 'nl')).toBe('0,26')
    expect(formatSizeValue('betweenness', 0.256, 'en')).toBe('0.26')
    expect(formatSizeDelta('influence', 3, 'nl')).toBe('+3')
    expect(formatSizeDelta('pagerank', -0.1234, 'nl')).toBe('−0,12')
  })
})
