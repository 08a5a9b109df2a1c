import { act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { PresenterTimer } from '../../../src/features/storyboard/PresenterTimer.tsx'

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(new Date('2026-11-27T10:00:00Z'))
})
afterEach(() => vi.useRealTimers())

describe('presenter timer', () => {
  it('counts minutes and seconds since it opened, and starts again from zero on reset', () => {
    render(<PresenterTimer />)
    const time = () => screen.getByText(/^\d\d:\d\d$/)
    expect(time()).toHaveTextContent('00:00')
    act(() => vi.advanceTimersByTime(65_000))
    expect(time()).toHaveTextContent('01:05')
    act(() => vi.advanceTimersByTime(60 * 60_000))
    expect(time()).toHaveTextContent('61:05')
    fireEvent.click(screen.getByRole('button', { name: 'Tijd opnieuw' }))
    expect(time()).toHaveTextContent('00:00')
    act(() => vi.advanceTimersByTime(3_000))
    expect(time()).toHaveTextContent('00:03')
  })
})
