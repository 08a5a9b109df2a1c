import { describe, expect, it } from 'vitest'
import { readingOrder, ROW_TOLERANCE } from '../../../src/graph/readingOrder.ts'
import { formatNumber, formatPartialDate, formatPercent } from '../../../src/i18n/format.ts'

describe('reading order of the graph', () => {
  it('reads rows top to bottom and each row left to right', () => {
    const positions = {
      a: { x: 300, y: 0 },
      b: { x: 0, y: ROW_TOLERANCE / 2 },
      c: { x: 100, y: 200 },
      d: { x: 50, y: 400 },
      e: { x: -50, y: 210 },
    }
    expect(readingOrder(['a', 'b', 'c', 'd', 'e'], positions)).toEqual(['b', 'a', 'e', 'c', 'd'])
  })
})

describe('formatting for the chosen language', () => {
  it('writes numbers, shares and dates the Dutch and the English way', () => {
    expect(formatNumber('nl', 0.125, 3)).toBe('0,125')
    expect(formatNumber('en', 1234.5)).toBe('1,234.5')
    expect(formatPercent('en', 0.42)).toBe('42%')
    expect(formatPercent('nl', 0.42)).toMatch(/^42\s?%$/)
    expect(formatPartialDate('nl', '2017-05-23')).toBe('23 mei 2017')
    expect(formatPartialDate('en', '2017-05')).toBe('May 2017')
    expect(formatPartialDate('en', '2011')).toBe('2011')
  })
})
