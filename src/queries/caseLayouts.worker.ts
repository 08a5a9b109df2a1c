/// <reference lib="webworker" />
import type { Dataset } from '../domain/schema.ts'
import { layoutCases } from './prepareDataset.ts'

/**
 * Lays out the cases the page has not drawn yet, away from the page's thread, so that opening
 * another case does not wait for its layout (caseLayouts.ts).
 */
self.onmessage = (event: MessageEvent<{ dataset: Dataset; caseIds: string[] }>) => {
  const { dataset, caseIds } = event.data
  self.postMessage(layoutCases(dataset, caseIds))
}
