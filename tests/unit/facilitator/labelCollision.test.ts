import { describe, expect, it } from 'vitest'
import { type LabelBox, labelsToHide } from '../../../src/graph/labelCollision.ts'

const box = (id: string, priority: number, x: number, y: number, w = 100, h = 20): LabelBox => ({
  id,
  priority,
  x1: x,
  y1: y,
  x2: x + w,
  y2: y + h,
})

describe('labelsToHide', () => {
  it('keeps every label when none overlap', () => {
    expect(labelsToHide([box('a', 1, 0, 0), box('b', 1, 0, 40), box('c', 1, 200, 0)]).size).toBe(0)
  })

  it('hides the lower-priority label of two that overlap', () => {
    expect([...labelsToHide([box('low', 2, 0, 0), box('high', 7, 50, 10)])]).toEqual(['low'])
  })

  it('keeps a label that only overlapped one that was itself hidden', () => {
    // high overlaps mid; mid overlaps low; low does not touch high: low stays.
    const hidden = labelsToHide([box('high', 9, 0, 0), box('mid', 5, 80, 0), box('low', 1, 160, 0)])
    expect([...hidden]).toEqual(['mid'])
  })

  it('treats labels closer than the gap as overlapping', () => {
    const apart = [box('a', 2, 0, 0), box('b', 1, 103, 0)]
    expect(labelsToHide(apart, 2).size).toBe(0)
    expect([...labelsToHide(apart, 4)]).toEqual(['b'])
  })

  it('breaks ties in priority by id, whatever the input order', () => {
    const boxes = [box('b', 3, 0, 0), box('a', 3, 10, 0)]
    expect([...labelsToHide(boxes)]).toEqual(['b'])
    expect([...labelsToHide([...boxes].reverse())]).toEqual(['b'])
  })
})
