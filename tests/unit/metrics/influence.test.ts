import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  competitionRanks,
  gini,
  herfindahl,
  shares,
} from '../../../src/domain/metrics/influence.ts'

const scores = fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 15 })
const positive = scores.filter((xs) => xs.some((x) => x > 0))

/** Gini straight from its definition, to check the sorted shortcut against. */
function giniByPairs(xs: readonly number[]): number {
  const n = xs.length
  const mean = xs.reduce((s, x) => s + x, 0) / n
  let sum = 0
  for (const a of xs) for (const b of xs) sum += Math.abs(a - b)
  return sum / (2 * n * n * mean)
}

describe('influence indices', () => {
  it('gives equal actors the lowest HHI (1/n) and Gini 0', () => {
    expect(herfindahl([3, 3, 3, 3])).toBeCloseTo(0.25, 12)
    expect(gini([3, 3, 3, 3])).toBe(0)
  })

  it('gives one actor holding everything HHI 1 and Gini (n−1)/n', () => {
    expect(herfindahl([0, 0, 7, 0])).toBe(1)
    expect(gini([0, 0, 7, 0])).toBeCloseTo(3 / 4, 12)
  })

  it('keeps HHI within [1/n, 1] and Gini within [0, (n−1)/n]', () => {
    fc.assert(
      fc.property(positive, (xs) => {
        const n = xs.length
        const h = herfindahl(xs) as number
        const g = gini(xs) as number
        expect(h).toBeGreaterThanOrEqual(1 / n - 1e-12)
        expect(h).toBeLessThanOrEqual(1 + 1e-12)
        expect(g).toBeGreaterThanOrEqual(-1e-12)
        expect(g).toBeLessThanOrEqual((n - 1) / n + 1e-12)
      }),
    )
  })

  it('computes Gini as the mean absolute difference over twice the mean', () => {
    fc.assert(
      fc.property(positive, (xs) => {
        expect(gini(xs)).toBeCloseTo(giniByPairs(xs), 12)
      }),
    )
  })

  it('does not change HHI or Gini when every score is scaled', () => {
    fc.assert(
      fc.property(positive, fc.integer({ min: 2, max: 5 }), (xs, k) => {
        const scaled = xs.map((x) => x * k)
        expect(herfindahl(scaled)).toBeCloseTo(herfindahl(xs) as number, 12)
        expect(gini(scaled)).toBeCloseTo(gini(xs) as number, 12)
      }),
    )
  })

  it('has no concentration to report when all scores are 0', () => {
    expect(herfindahl([0, 0])).toBeNull()
    expect(gini([0, 0])).toBeNull()
    expect(shares([0, 0])).toEqual([0, 0])
  })

  it('gives shares that sum to 1', () => {
    fc.assert(
      fc.property(positive, (xs) => {
        expect(shares(xs).reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12)
      }),
    )
  })

  it('ranks ties together and skips the ranks they take', () => {
    expect(competitionRanks([5, 8, 5, 3, 8])).toEqual([3, 1, 3, 5, 1])
  })
})
