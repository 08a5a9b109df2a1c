import { afterEach, describe, expect, it, vi } from 'vitest'
import { buildCaseGraph } from '../../src/domain/caseGraph.ts'
import type { Dataset } from '../../src/domain/schema.ts'
import { caseLayout } from '../../src/graph/layout.ts'
import { DatasetLoadError, loadDataset } from '../../src/queries/datasetQuery.ts'
import type { DatasetAnswer, DatasetRequest } from '../../src/queries/datasetWorkerProtocol.ts'
import { startEarlyDataset } from '../../src/queries/earlyDataset.ts'
import { makeCase, makeDataset } from '../builders.ts'
import { stubDatasetFetch } from './renderApp.tsx'

/** A stand-in for the dataset worker: answers what the test tells it to, or fails to start. */
function stubWorker(answers: DatasetAnswer[] | 'fail') {
  const requests: DatasetRequest[] = []
  class FakeWorker {
    onmessage: ((event: MessageEvent<DatasetAnswer>) => void) | null = null
    onerror: ((event: Event) => void) | null = null
    terminated = false
    constructor(_url: URL, options: WorkerOptions) {
      requests.push(JSON.parse(options.name ?? 'null') as DatasetRequest)
      setTimeout(() => {
        if (answers === 'fail') return this.onerror?.(new Event('error'))
        for (const data of answers) this.onmessage?.(new MessageEvent('message', { data }))
      })
    }
    terminate() {
      this.terminated = true
    }
  }
  vi.stubGlobal('Worker', FakeWorker)
  return requests
}

afterEach(() => {
  vi.unstubAllGlobals()
})

function dataset(): Dataset {
  return makeDataset({ cases: [makeCase({ id: 'early-case' })] })
}

describe('the dataset load started by the page’s first script', () => {
  it('asks the worker for the file at the page’s address and the case in it', () => {
    const requests = stubWorker([])
    startEarlyDataset('data/dataset.json', 'early-case')
    expect(requests).toEqual([
      { url: new URL('data/dataset.json', document.baseURI).href, firstCaseId: 'early-case' },
    ])
  })

  it('gives the worker’s dataset without fetching, with the case already laid out', async () => {
    const data = dataset()
    const positions = { someone: { x: 1, y: 2 } }
    stubWorker([
      { type: 'dataset', dataset: data, layouts: { 'early-case': positions } },
      { type: 'layouts', layouts: {} },
    ])
    const fetchMock = stubDatasetFetch({})
    startEarlyDataset('data/dataset.json', 'early-case')
    const loaded = await loadDataset('data/dataset.json')
    expect(loaded).toBe(data)
    expect(fetchMock).not.toHaveBeenCalled()
    expect(caseLayout(buildCaseGraph(loaded, loaded.cases[0]!))).toBe(positions)
  })

  it('reports the worker’s problem with the file, and a retry loads the file anew', async () => {
    stubWorker([{ type: 'problem', problem: { kind: 'http', status: 404 } }])
    startEarlyDataset('data/dataset.json', null)
    const error = await loadDataset('data/dataset.json').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DatasetLoadError)
    expect((error as DatasetLoadError).problem).toEqual({ kind: 'http', status: 404 })

    const data = dataset()
    stubDatasetFetch(data)
    expect((await loadDataset('data/dataset.json')).cases[0]!.id).toBe('early-case')
  })

  it('loads the file itself when the worker cannot start', async () => {
    stubWorker('fail')
    const fetchMock = stubDatasetFetch(dataset())
    startEarlyDataset('data/dataset.json', null)
    expect((await loadDataset('data/dataset.json')).cases).toHaveLength(1)
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })

  it('is not used for another file than the one it loaded', async () => {
    stubWorker([{ type: 'problem', problem: { kind: 'http', status: 500 } }])
    startEarlyDataset('data/dataset.json', null)
    stubDatasetFetch(dataset())
    expect((await loadDataset('other.json')).cases).toHaveLength(1)
  })
})
