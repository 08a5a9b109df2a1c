import { queryOptions, useQuery } from '@tanstack/react-query'
import type { DataIssue } from '../domain/issues.ts'
import type { Dataset } from '../domain/schema.ts'
import { parseDataset } from '../domain/validate.ts'
import { currentDataSource } from './dataSource.ts'
import { importFetched, isForeignPath } from './importedDataset.ts'

/** Relative to the page, so the build works from any folder (vite `base: './'`). */
export const DATASET_PATH = 'data/dataset.json'

/** Why the dataset could not be shown. Each kind gets its own screen. */
export type LoadProblem =
  | { kind: 'network'; message: string }
  | { kind: 'http'; status: number }
  | { kind: 'syntax'; message: string }
  | { kind: 'invalid'; issues: readonly DataIssue[]; raw: unknown }
  /** `?data=` named a file of another origin, or no address at all. */
  | { kind: 'refused'; requested: string }

export class DatasetLoadError extends Error {
  readonly file: string
  readonly problem: LoadProblem
  constructor(file: string, problem: LoadProblem) {
    super(`${file}: ${problem.kind}`)
    this.name = 'DatasetLoadError'
    this.file = file
    this.problem = problem
  }
}

/** Fetches a dataset file and passes it through `parseDataset`, the one gate for data. */
export async function loadDataset(path: string, signal?: AbortSignal): Promise<Dataset> {
  let response: Response
  try {
    response = await fetch(path, signal ? { signal } : undefined)
  } catch (error) {
    throw new DatasetLoadError(path, { kind: 'network', message: String(error) })
  }
  if (!response.ok) throw new DatasetLoadError(path, { kind: 'http', status: response.status })
  if (isForeignPath(path)) {
    const imported = await importFetched(path, new Uint8Array(await response.arrayBuffer()))
    if ('issues' in imported)
      throw new DatasetLoadError(path, { kind: 'invalid', issues: imported.issues, raw: null })
    return imported.dataset
  }
  const text = await response.text()
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new DatasetLoadError(path, { kind: 'syntax', message })
  }
  const result = parseDataset(raw)
  if (!result.ok) throw new DatasetLoadError(path, { kind: 'invalid', issues: result.issues, raw })
  return result.dataset
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
