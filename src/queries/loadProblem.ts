import type { DataIssue } from '../domain/issues.ts'
import type { Dataset } from '../domain/schema.ts'
import { parseDataset } from '../domain/validate.ts'
import { parseJson } from '../lib/parseJson.ts'

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

export type ParsedText = { ok: true; dataset: Dataset } | { ok: false; problem: LoadProblem }

/** The text of an app JSON file through `parseDataset`, the one gate for data. */
export function parseDatasetText(text: string): ParsedText {
  const json = parseJson(text)
  if (!json.ok) return { ok: false, problem: { kind: 'syntax', message: json.message } }
  const raw = json.value
  const result = parseDataset(raw)
  if (!result.ok) return { ok: false, problem: { kind: 'invalid', issues: result.issues, raw } }
  return { ok: true, dataset: result.dataset }
}
