import { describe, expect, it } from 'vitest'
import { phaseMetrics } from '../../../src/domain/metrics/phaseMetrics.ts'
import { findMeasure, MEASURES } from '../../../src/domain/metrics/registry.ts'
import { makePhaseGraph, SHIFT_CASE } from './builders.ts'

const phase = makePhaseGraph(SHIFT_CASE, 'p1')
const undirected = phaseMetrics(phase)
const directed = phaseMetrics(phase, { directed: true })

describe('measure registry', () => {
  it('has unique ids that the UI can look up', () => {
    const ids = MEASURES.map((m) => m.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(findMeasure(id)?.id).toBe(id)
    expect(findMeasure('eigenvector')).toBeUndefined()
  })

  it('offers the measures of the actor table', () => {
    expect(MEASURES.map((m) => m.id)).toEqual(
      expect.arrayContaining([
        'influence',
        'influenceShare',
        'degree',
        'strength',
        'betweennessNormalized',
        'closeness',
        'pagerank',
      ]),
    )
  })

  it('reads each actor value from the phase metrics', () => {
    const gem = directed.actors.find((a) => a.id === 'gem')
    if (!gem) throw new Error('gem missing')
    for (const m of MEASURES) expect(m.compute(gem), m.id).toBe(gem[m.id as keyof typeof gem])
    expect(findMeasure('influence')?.compute(gem)).toBe(8)
    expect(findMeasure('strength')?.compute(gem)).toBe(6)
  })

  it('gives a number for every actor, except directed-only measures in an undirected analysis', () => {
    for (const m of MEASURES)
      for (const actor of undirected.actors) {
        const value = m.compute(actor)
        if (m.directedOnly) expect(value, m.id).toBeNull()
        else expect(Number.isFinite(value), m.id).toBe(true)
      }
    for (const m of MEASURES.filter((x) => x.directedOnly))
      for (const actor of directed.actors)
        expect(Number.isFinite(m.compute(actor)), m.id).toBe(true)
  })

  it('labels and explains every measure in one line, in Dutch and in English', () => {
    for (const m of MEASURES)
      for (const lang of ['nl', 'en'] as const) {
        expect(m.label[lang].trim(), `${m.id} ${lang}`).not.toBe('')
        expect(m.explain[lang], `${m.id} ${lang}`).toMatch(/^[^\n]{20,200}$/)
      }
  })
})
