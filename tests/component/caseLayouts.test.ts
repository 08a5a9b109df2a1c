import { describe, expect, it, vi } from 'vitest'
import { layOutOtherCases } from '../../src/queries/caseLayouts.ts'
import { makeCase, makeDataset } from '../builders.ts'

const dataset = makeDataset({
  cases: [makeCase({ id: 'drawn' }), makeCase({ id: 'second' }), makeCase({ id: 'third' })],
})

/** A stand-in for the layout worker: records what it is asked and answers with `answer`. */
function stubWorker(answer: unknown) {
  const asked: unknown[] = []
  class FakeWorker {
    onmessage: ((event: MessageEvent) => void) | null = null
    onerror: ((event: Event) => void) | null = null
    postMessage(message: unknown) {
      asked.push(message)
      setTimeout(() => this.onmessage?.(new MessageEvent('message', { data: answer })))
    }
    terminate() {}
  }
  vi.stubGlobal('Worker', FakeWorker)
  vi.stubGlobal('requestIdleCallback', (run: () => void) => setTimeout(run))
  return asked
}

describe('the other cases’ layouts, computed while the first case is shown', () => {
  it('asks the worker for every case but the one drawn, and hands over its answer', async () => {
    const layouts = { second: { a: { x: 1, y: 2 } } }
    const asked = stubWorker(layouts)
    expect(await layOutOtherCases(dataset, ['drawn'])).toEqual(layouts)
    expect(asked).toEqual([{ dataset, caseIds: ['second', 'third'] }])
  })

  it('gives nothing (the app lays a case out when opened) without workers', async () => {
    vi.stubGlobal('Worker', undefined)
    expect(await layOutOtherCases(dataset, [])).toEqual({})
  })

  it('asks for nothing when every case is drawn already', async () => {
    const asked = stubWorker({})
    expect(await layOutOtherCases(dataset, ['drawn', 'second', 'third'])).toEqual({})
    expect(asked).toEqual([])
  })
})
