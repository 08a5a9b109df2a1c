import type { DataIssue } from '../../domain/issues.ts'

export type IssueGroupKey =
  | { kind: 'root' }
  | { kind: 'list'; key: string }
  | { kind: 'case'; index: number; id: string | undefined }

export interface IssueGroup {
  key: string
  group: IssueGroupKey
  issues: DataIssue[]
}

/**
 * Groups issues by the record they are in (each case on its own, other lists by name) and keeps
 * the first `limit` issues overall, reporting how many were left out. `raw` is the parsed JSON,
 * used to name a case by its id even when the case itself is broken.
 */
export function groupIssues(
  issues: readonly DataIssue[],
  raw: unknown,
  limit = 50,
): { groups: IssueGroup[]; hidden: number } {
  const groups = new Map<string, IssueGroup>()
  for (const issue of issues.slice(0, limit)) {
    const group = groupOf(issue.path, raw)
    const key = JSON.stringify(group)
    const known = groups.get(key)
    if (known) known.issues.push(issue)
    else groups.set(key, { key, group, issues: [issue] })
  }
  return { groups: [...groups.values()], hidden: Math.max(0, issues.length - limit) }
}

function groupOf(path: string, raw: unknown): IssueGroupKey {
  const inCase = /^\$\.cases\[(\d+)\]/.exec(path)
  if (inCase) {
    const index = Number(inCase[1])
    return { kind: 'case', index, id: caseIdAt(raw, index) }
  }
  // `$.actors[3].id` belongs to the list; `$.title` to the dataset itself.
  const inList = /^\$\.([A-Za-z_$][\w$]*)[[.]/.exec(path)
  if (inList?.[1]) return { kind: 'list', key: inList[1] }
  return { kind: 'root' }
}

function caseIdAt(raw: unknown, index: number): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined
  const cases: unknown = (raw as { cases?: unknown }).cases
  if (!Array.isArray(cases)) return undefined
  const kase: unknown = cases[index]
  if (typeof kase !== 'object' || kase === null) return undefined
  const id: unknown = (kase as { id?: unknown }).id
  return typeof id === 'string' ? id : undefined
}
