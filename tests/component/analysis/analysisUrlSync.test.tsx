import { act, renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useAnalysisUrlSync } from '../../../src/hooks/useAnalysisUrlSync.ts'
import { useAnalysisStore } from '../../../src/state/analysisStore.ts'

describe('the size measure and diff in the URL', () => {
  it('are restored from the address on load', () => {
    window.history.replaceState(null, '', '/?case=a&size=pagerank&diff=1')
    renderHook(() => useAnalysisUrlSync())
    expect(useAnalysisStore.getState()).toMatchObject({ sizeBy: 'pagerank', diff: true })
  })

  it('are written in place, keeping the other parameters and the history length', () => {
    window.history.replaceState(null, '', '/?case=a&phase=b&lang=en')
    const length = window.history.length
    renderHook(() => useAnalysisUrlSync())
    act(() => useAnalysisStore.getState().setSizeBy('degree'))
    act(() => useAnalysisStore.getState().toggleDiff())
    expect(window.location.search).toBe('?case=a&phase=b&lang=en&size=degree&diff=1')
    act(() => useAnalysisStore.getState().cycleSizeBy())
    expect(window.location.search).toBe('?case=a&phase=b&lang=en&size=betweenness&diff=1')
    act(() => useAnalysisStore.getState().setDiff(false))
    expect(window.location.search).toBe('?case=a&phase=b&lang=en&size=betweenness')
    expect(window.history.length).toBe(length)
  })
})
