import { describe, expect, it } from 'vitest'
import { readAnalysisParams, withAnalysisParams } from '../../../src/state/analysisParams.ts'

describe('the analysis choices in the URL', () => {
  it('reads size and diff, ignoring unknown values', () => {
    expect(readAnalysisParams('?size=degree&diff=1')).toEqual({ sizeBy: 'degree', diff: true })
    expect(readAnalysisParams('?size=nonsense&diff=yes')).toEqual({
      sizeBy: 'influence',
      diff: false,
    })
  })

  it('writes only its own keys and keeps the others', () => {
    expect(withAnalysisParams('?case=a&phase=b&lang=en', { sizeBy: 'pagerank', diff: true })).toBe(
      '?case=a&phase=b&lang=en&size=pagerank&diff=1',
    )
    expect(
      withAnalysisParams('?case=a&size=degree&diff=1', { sizeBy: 'influence', diff: false }),
    ).toBe('?case=a')
  })
})
