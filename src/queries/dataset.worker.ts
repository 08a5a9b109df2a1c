/// <reference lib="webworker" />
// First import on purpose: the download starts before the modules below are evaluated.
import { download, request } from './datasetWorkerFetch.ts'
import { decodeText } from './download.ts'
import { parseDatasetText } from './loadProblem.ts'
import type { DatasetAnswer } from './datasetWorkerProtocol.ts'
import { layoutCases, layoutOrder } from './prepareDataset.ts'

/**
 * Fetches, validates and lays out the dataset while the page's own code is still loading:
 * the page's main thread gets a checked dataset and ready positions instead of doing that
 * work after its code has run.
 */
async function prepare(): Promise<void> {
  const answer = (message: DatasetAnswer) => self.postMessage(message)
  const file = await download
  if (!file.ok) return answer({ type: 'problem', problem: file.problem })
  const parsed = parseDatasetText(decodeText(file.bytes))
  if (!parsed.ok) return answer({ type: 'problem', problem: parsed.problem })
  const order = layoutOrder(parsed.dataset, request.firstCaseId)
  // Only the case the address names is waited for; the others follow in a second message.
  const first = order[0] === request.firstCaseId ? order.slice(0, 1) : []
  const rest = order.slice(first.length)
  answer({ type: 'dataset', dataset: parsed.dataset, layouts: layoutCases(parsed.dataset, first) })
  answer({ type: 'layouts', layouts: layoutCases(parsed.dataset, rest) })
}

void prepare()
