import type { Dataset } from '../domain/schema.ts'
import type { LoadProblem } from './loadProblem.ts'
import type { CaseLayouts } from './prepareDataset.ts'

/** What the page asks the dataset worker: fetch this app JSON file, lay out this case first. */
export interface DatasetRequest {
  /** An absolute address (the worker's own address is not the page's). */
  url: string
  firstCaseId: string | null
}

/**
 * The worker's answers, in order: the validated dataset with the first case's layout (or the
 * problem), then the layouts of the other cases.
 */
export type DatasetAnswer =
  | { type: 'dataset'; dataset: Dataset; layouts: CaseLayouts }
  | { type: 'problem'; problem: LoadProblem }
  | { type: 'layouts'; layouts: CaseLayouts }
