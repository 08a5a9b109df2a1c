import type { Dataset } from '../domain/schema.ts'
import { type CaseLayouts, layoutOrder } from './prepareDataset.ts'

/**
 * The layouts of a dataset's other cases, computed in a worker once the page is idle (after
 * the first graph and the app's start); an empty set where workers are unavailable or fail,
 * and the app then lays a case out when it is opened.
 */
export function layOutOtherCases(dataset: Dataset, drawnCaseIds: readonly string[]) {
  return new Promise<CaseLayouts>((resolve) => {
    const caseIds = layoutOrder(dataset, null).filter((id) => !drawnCaseIds.includes(id))
    if (caseIds.length === 0 || typeof Worker === 'undefined') return resolve({})
    const start = () => {
      let worker: Worker
      try {
        worker = new Worker(new URL('./caseLayouts.worker.ts', import.meta.url), {
          type: 'module',
        })
      } catch {
        return resolve({})
      }
      worker.onmessage = (event: MessageEvent<CaseLayouts>) => {
        resolve(event.data)
        worker.terminate()
      }
      worker.onerror = (event) => {
        event.preventDefault()
        resolve({})
        worker.terminate()
      }
      worker.postMessage({ dataset, caseIds })
    }
    if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 3000 })
    else setTimeout(start, 1000)
  })
}
