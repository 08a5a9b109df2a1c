import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useAfterFirstFrame } from '../../src/hooks/useAfterFirstFrame.ts'

afterEach(() => vi.useRealTimers())

describe('useAfterFirstFrame', () => {
  it('is false for the first render and true once a frame has been drawn after it', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'setTimeout', 'cancelAnimationFrame'] })
    const { result } = renderHook(() => useAfterFirstFrame())
    expect(result.current).toBe(false)
    act(() => vi.advanceTimersToNextFrame())
    expect(result.current).toBe(false)
    act(() => vi.runOnlyPendingTimers())
    expect(result.current).toBe(true)
  })
})
