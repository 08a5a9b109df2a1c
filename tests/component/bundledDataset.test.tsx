import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'

// Counts the page's own checks of a dataset file; they still run as written.
const checks = vi.hoisted(() => ({ count: 0 }))
vi.mock('../../src/queries/loadProblem.ts', async (original) => {
  const actual = await original<typeof import('../../src/queries/loadProblem.ts')>()
  return {
    ...actual,
    parseDatasetText: (text: string) => {
      checks.count++
      return actual.parseDatasetText(text)
    },
  }
})
import { loadBundledDataset } from '../../src/boot/bundledDataset.ts'
import type { Dataset } from '../../src/domain/schema.ts'
import { CHECKED_DATASET_SHA256 } from '../../src/queries/checkedDataset.ts'
import { DatasetLoadError, loadDataset } from '../../src/queries/datasetQuery.ts'
import { stubDatasetFetch } from './renderApp.tsx'

const bundledText = readFileSync('data/dataset.json', 'utf8')
const bundled = JSON.parse(bundledText) as Dataset
const PATH = 'data/dataset.json'

afterEach(() => {
  checks.count = 0
})

describe('the bundled dataset loaded by the page’s first script', () => {
  it('has a digest recorded by the build (the tests run with the project’s config)', () => {
    expect(CHECKED_DATASET_SHA256).toMatch(/^[0-9a-f]{64}$/)
  })

  it('uses the very file the build checked without checking it again', async () => {
    const fetchMock = stubDatasetFetch(bundledText)
    await loadBundledDataset(PATH, '', false).firstGraph
    expect(await loadDataset(PATH)).toEqual(bundled)
    expect(checks.count).toBe(0)
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })

  it('checks a file replaced after the build in full, and uses it when it passes', async () => {
    const replaced = { ...bundled, disclaimer: 'Vervangen bestand' }
    stubDatasetFetch(replaced)
    await loadBundledDataset(PATH, '', false).firstGraph
    expect((await loadDataset(PATH)).disclaimer).toBe('Vervangen bestand')
    expect(checks.count).toBe(1)
  })

  it('reports a replaced file that fails the checks, with its problems', async () => {
    stubDatasetFetch({ ...bundled, cases: 'none' })
    loadBundledDataset(PATH, '', false)
    const error = await loadDataset(PATH).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DatasetLoadError)
    expect((error as DatasetLoadError).problem.kind).toBe('invalid')
  })

  it('reports a failed download by its status', async () => {
    stubDatasetFetch('gone', { status: 404 })
    loadBundledDataset(PATH, '', false)
    const error = await loadDataset(PATH).catch((e: unknown) => e)
    expect((error as DatasetLoadError).problem).toEqual({ kind: 'http', status: 404 })
  })

  it('lets the app load during the download when there is nothing to draw first', async () => {
    // A download that never ends: the app must not wait for it.
    vi.stubGlobal('fetch', () => new Promise<Response>(() => undefined))
    const load = loadBundledDataset(PATH, '?case=x&hide=market', true)
    const first = await Promise.race([
      load.firstGraph.then(() => 'app may load'),
      new Promise((resolve) => setTimeout(() => resolve('waiting'), 50)),
    ])
    expect(first).toBe('app may load')
  })

  it('leaves the file to the worker where the page cannot compute digests', () => {
    const workers: string[] = []
    vi.stubGlobal('crypto', {})
    vi.stubGlobal(
      'Worker',
      class {
        constructor(_url: URL, options: WorkerOptions) {
          workers.push(options.name ?? '')
        }
      },
    )
    const fetchMock = stubDatasetFetch(bundledText)
    loadBundledDataset(PATH, '?case=x', false)
    expect(workers).toHaveLength(1)
    expect(JSON.parse(workers[0]!)).toMatchObject({ firstCaseId: 'x' })
    expect(fetchMock).not.toHaveBeenCalled()
  })
})
