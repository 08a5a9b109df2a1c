import { queryOptions, useQuery } from '@tanstack/react-query'
import type { Dataset } from '../domain/schema.ts'
import { primeCaseLayout } from '../graph/layout.ts'
import { DATASET_PATH } from './datasetPath.ts'
import { decodeText, downloadFile } from './download.ts'
import { takeEarlyDataset } from './earlyDataset.ts'
import { DatasetLoadError, parseDatasetText } from './loadProblem.ts'
import type { CaseLayouts } from './prepareDataset.ts'
import { currentDataSource } from './dataSource.ts'
import { importFetched, isForeignPath } from './importedDataset.ts'

export { DATASET_PATH } from './datasetPath.ts'
export { DatasetLoadError, type LoadProblem } from './loadProblem.ts'

/** Fetches a dataset file and passes it through `parseDataset`, the one gate for data. */
export async function loadDataset(path: string, signal?: AbortSignal): Promise<Dataset> {
  const early = await fromEarlyLoad(path)
  if (early) return early
  const file = await downloadFile(path, signal)
  if (!file.ok) throw new DatasetLoadError(path, file.problem)
  if (isForeignPath(path)) {
    const imported = await importFetched(path, new Uint8Array(file.bytes))
    if ('issues' in imported)
      throw new DatasetLoadError(path, { kind: 'invalid', issues: imported.issues, raw: null })
    return imported.dataset
  }
  const parsed = parseDatasetText(decodeText(file.bytes))
  if (!parsed.ok) throw new DatasetLoadError(path, parsed.problem)
  return parsed.dataset
}

/** The dataset the page's first script started loading in a worker, if it did. */
async function fromEarlyLoad(path: string): Promise<Dataset | null> {
  const early = takeEarlyDataset(path)
  const result = early ? await early : null
  if (!result) return null
  if (!result.ok) throw new DatasetLoadError(path, result.problem)
  const { dataset } = result
  const prime = (layouts: CaseLayouts) => {
    for (const kase of dataset.cases) {
      const positions = layouts[kase.id]
      if (positions) primeCaseLayout(kase, positions)
    }
  }
  prime(result.layouts)
  void result.moreLayouts.then(prime)
  return dataset
}

export function datasetQueryOptions(path: string = DATASET_PATH) {
  return queryOptions({
    queryKey: ['dataset', path],
    queryFn: ({ signal }) => loadDataset(path, signal),
    // A static file: never refetch on focus or remount, and fail fast (no retries).
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  })
}

export function useDataset() {
  const source = currentDataSource(DATASET_PATH)
  return useQuery(
    source.ok ? datasetQueryOptions(source.path) : refusedQueryOptions(source.requested),
  )
}

/** `?data=` named a file the app does not load (see dataSource.ts): fail with the reason. */
function refusedQueryOptions(requested: string) {
  return queryOptions({
    queryKey: ['dataset', requested],
    queryFn: (): Promise<Dataset> =>
      Promise.reject(new DatasetLoadError(requested, { kind: 'refused', requested })),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  })
}
