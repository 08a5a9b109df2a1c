import type { DataIssue } from '../../domain/issues.ts'
import type { Messages } from '../../i18n/index.ts'
import { useT } from '../../i18n/index.ts'
import { assertNever } from '../../lib/assertNever.ts'
import { groupIssues, type IssueGroupKey } from './groupIssues.ts'

/** Issues grouped by record, as tables of JSON path and reason; at most 50, then a count. */
export function IssueList({ issues, raw }: { issues: readonly DataIssue[]; raw: unknown }) {
  const t = useT()
  const { groups, hidden } = groupIssues(issues, raw)
  return (
    <div className="issues">
      {groups.map(({ key, group, issues: rows }) => (
        <section key={key} className="issues__group">
          <h3>{groupLabel(t, group)}</h3>
          <table className="issues__table">
            <thead>
              <tr>
                <th scope="col">{t.loadError.path}</th>
                <th scope="col">{t.loadError.reason}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((issue, i) => (
                <tr key={`${issue.path}-${i}`}>
                  <td>
                    <code>{issue.path}</code>
                  </td>
                  <td>
                    {issue.severity === 'warning' && (
                      <span className="issues__severity">{t.loadError.severity.warning}: </span>
                    )}
                    {issue.message}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      {hidden > 0 && <p className="issues__more">{t.loadError.more(hidden)}</p>}
    </div>
  )
}

function groupLabel(t: Messages, group: IssueGroupKey): string {
  switch (group.kind) {
    case 'root':
      return t.loadError.groupRoot
    case 'list':
      return t.loadError.groupList(group.key)
    case 'case':
      return t.loadError.groupCase(group.index, group.id)
    default:
      return assertNever(group)
  }
}
