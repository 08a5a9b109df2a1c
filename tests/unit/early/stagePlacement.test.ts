import { describe, expect, it } from 'vitest'
import {
  EARLY_GRAPH_MIN_WIDTH,
  earlyPlacement,
  estimatePlacement,
  rememberPlacement,
} from '../../../src/graph/early/stagePlacement.ts'

/** A Map-backed Storage, optionally refusing writes as a full or blocked storage does. */
function memoryStorage(refuse = false): Storage {
  const items = new Map<string, string>()
  return {
    get length() {
      return items.size
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => {
      if (refuse) throw new DOMException('full', 'QuotaExceededError')
      items.set(key, value)
    },
  }
}

const laptop = { width: 1280, height: 800 }

describe('where the network is drawn before the app has loaded', () => {
  it('is where the explorer canvas was last time in a window of this size', () => {
    const storage = memoryStorage()
    const place = { left: 13, top: 195, width: 732, height: 352 }
    rememberPlacement(place, laptop, storage)
    expect(earlyPlacement(laptop, storage)).toEqual(place)
  })

  it('is estimated from the layout for another window size', () => {
    const storage = memoryStorage()
    rememberPlacement({ left: 13, top: 195, width: 732, height: 352 }, laptop, storage)
    const wide = { width: 1920, height: 1080 }
    expect(earlyPlacement(wide, storage)).toEqual(estimatePlacement(wide))
  })

  it('leaves the columns beside the canvas free at each layout breakpoint', () => {
    // Case list (≥ 1440 px), side panel and the frame's legend column (layout.css).
    const wide = estimatePlacement({ width: 1920, height: 1080 })
    expect(wide.left).toBeGreaterThanOrEqual(260)
    expect(wide.left + wide.width).toBeLessThanOrEqual(1920 - 380 - 212)
    const laptopPlace = estimatePlacement(laptop)
    expect(laptopPlace.left + laptopPlace.width).toBeLessThanOrEqual(1280 - 310 - 212)
    const small = estimatePlacement({ width: 1024, height: 700 })
    expect(small.left + small.width).toBeLessThanOrEqual(1024 - 270 - 184)
    expect(small.height).toBeGreaterThanOrEqual(278)
  })

  it('is nowhere in a one-column (phone) layout', () => {
    expect(earlyPlacement({ width: EARLY_GRAPH_MIN_WIDTH - 1, height: 800 }, null)).toBeNull()
  })

  it('is estimated when the stored place is unreadable or storage refuses writes', () => {
    const storage = memoryStorage()
    storage.setItem('wijknetwerk:graph-stage', '{not json')
    expect(earlyPlacement(laptop, storage)).toEqual(estimatePlacement(laptop))
    storage.setItem('wijknetwerk:graph-stage', JSON.stringify({ left: 'x' }))
    expect(earlyPlacement(laptop, storage)).toEqual(estimatePlacement(laptop))
    const full = memoryStorage(true)
    expect(() =>
      rememberPlacement({ left: 0, top: 0, width: 10, height: 10 }, laptop, full),
    ).not.toThrow()
    expect(earlyPlacement(laptop, full)).toEqual(estimatePlacement(laptop))
  })

  it('does not keep a hidden (zero-sized) canvas', () => {
    const storage = memoryStorage()
    rememberPlacement({ left: 0, top: 0, width: 0, height: 0 }, laptop, storage)
    expect(storage.length).toBe(0)
  })
})
