import { describe, expect, it } from 'vitest'
import { type Clock, whenCameraRests } from '../../../src/graph/large/cameraRest.ts'

/**
 * A clock under the test's control: `advance(ms)` runs the timers that fall due; `frame()`
 * runs the animation-frame callbacks queued before it, in the order they were asked for.
 */
function testClock() {
  let now = 0
  let nextId = 1
  const timers = new Map<number, { at: number; run: () => void }>()
  const frames = new Map<number, () => void>()
  const clock: Clock = {
    setTimeout: (run, ms) => (timers.set(nextId, { at: now + ms, run }), nextId++),
    clearTimeout: (id) => void timers.delete(id),
    requestAnimationFrame: (run) => (frames.set(nextId, run), nextId++),
    cancelAnimationFrame: (id) => void frames.delete(id),
  }
  return {
    clock,
    advance(ms: number) {
      now += ms
      for (const [id, timer] of [...timers].sort((a, b) => a[1].at - b[1].at))
        if (timer.at <= now && timers.delete(id)) timer.run()
    },
    frame() {
      for (const [id, run] of [...frames]) if (frames.delete(id)) run()
    },
  }
}

describe('waiting for the camera to rest', () => {
  it('does not fire during a gesture whose frames are slower than the wait', () => {
    const { clock, advance, frame } = testClock()
    let rests = 0
    const rest = whenCameraRests(() => rests++, 200, clock)
    // A gesture moving the camera once per frame, frames 250 ms apart (a slow machine): each
    // frame's change comes before any callback queued after it.
    const gesture = () => {
      rest.moved()
      clock.requestAnimationFrame(gesture)
    }
    clock.requestAnimationFrame(gesture)
    for (let i = 0; i < 8; i++) {
      frame()
      advance(250)
    }
    expect(rests).toBe(0)
  })

  it('fires once after the camera stops: the wait, then two frames', () => {
    const { clock, advance, frame } = testClock()
    let rests = 0
    const rest = whenCameraRests(() => rests++, 200, clock)
    rest.moved()
    advance(199)
    frame()
    expect(rests).toBe(0)
    advance(1)
    frame()
    expect(rests).toBe(0)
    frame()
    expect(rests).toBe(1)
    frame()
    advance(1000)
    expect(rests).toBe(1)
  })

  it('does not fire after it is cancelled (the view is gone)', () => {
    const { clock, advance, frame } = testClock()
    let rests = 0
    const rest = whenCameraRests(() => rests++, 200, clock)
    rest.moved()
    advance(200)
    frame()
    rest.cancel()
    frame()
    expect(rests).toBe(0)
  })
})
