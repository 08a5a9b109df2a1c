import type { Dataset } from '../domain/schema.ts'
import type { DatasetAnswer, DatasetRequest } from './datasetWorkerProtocol.ts'
import type { LoadProblem } from './loadProblem.ts'
import type { CaseLayouts } from './prepareDataset.ts'

/**
 * The dataset load that starts before the app's code: the page's first script (main.ts) asks
 * a worker to fetch, validate and lay out the dataset, so that work runs in parallel with
 * loading and evaluating the app. The dataset query takes the result (once) instead of
 * fetching again. This module stays tiny: it is part of the page's first script.
 */

export type EarlyDataset =
  | { ok: true; dataset: Dataset; layouts: CaseLayouts; moreLayouts: Promise<CaseLayouts> }
  | { ok: false; problem: LoadProblem }

interface Pending {
  path: string
  /** Null when the worker could not run: the query then loads the file itself. */
  result: Promise<EarlyDataset | null>
}

let pending: Pending | null = null

/**
 * Starts loading the app JSON file at `path` (relative to the page) in a worker. Does nothing
 * where module workers are unavailable.
 */
export function startEarlyDataset(path: string, firstCaseId: string | null): void {
  if (typeof Worker === 'undefined') return
  const request: DatasetRequest = { url: new URL(path, document.baseURI).href, firstCaseId }
  let worker: Worker
  try {
    // The request rides in the worker's name: the worker reads it before anything else and
    // starts the download at once (a message would wait until all its code is evaluated).
    worker = new Worker(new URL('./dataset.worker.ts', import.meta.url), {
      type: 'module',
      name: JSON.stringify(request),
    })
  } catch {
    return
  }
  let settleMore: (layouts: CaseLayouts) => void = () => undefined
  const moreLayouts = new Promise<CaseLayouts>((resolve) => (settleMore = resolve))
  const result = new Promise<EarlyDataset | null>((resolve) => {
    worker.onmessage = (event: MessageEvent<DatasetAnswer>) => {
      const answer = event.data
      if (answer.type === 'problem') {
        resolve({ ok: false, problem: answer.problem })
        worker.terminate()
      } else if (answer.type === 'dataset') {
        resolve({ ok: true, dataset: answer.dataset, layouts: answer.layouts, moreLayouts })
      } else {
        settleMore(answer.layouts)
        worker.terminate()
      }
    }
    // A worker that fails to start or throws leaves the load to the query.
    worker.onerror = (event) => {
      event.preventDefault()
      resolve(null)
      settleMore({})
      worker.terminate()
    }
  })
  pending = { path, result }
}

/**
 * Registers a load of `path` that the page's first script runs itself (src/boot): the dataset
 * query waits for this result instead of fetching the file again.
 */
export function provideEarlyDataset(path: string, result: Promise<EarlyDataset | null>): void {
  pending = { path, result }
}

/** The early load of `path`, once: a second call (a retry) loads the file anew. */
export function takeEarlyDataset(path: string): Promise<EarlyDataset | null> | null {
  if (pending === null || pending.path !== path) return null
  const { result } = pending
  pending = null
  return result
}
