import { groupByKind, type ImportIssue } from '../../domain/io/import/index.ts'
import { useT } from '../../i18n/index.ts'

const LIMIT = 200

/** Every problem, grouped by kind, with file, place, column, value and reason; text only. */
export function ImportReport({ issues }: { issues: readonly ImportIssue[] }) {
  const t = useT().importer
  if (issues.length === 0) return <p>{t.noProblems}</p>
  // At most LIMIT rows in all, spread over the groups in order.
  const groups = groupByKind(issues).reduce<
    { kind: ImportIssue['kind']; total: number; shown: ImportIssue[] }[]
  >((out, { kind, issues: list }) => {
    const used = out.reduce((n, g) => n + g.shown.length, 0)
    out.push({ kind, total: list.length, shown: list.slice(0, Math.max(0, LIMIT - used)) })
    return out
  }, [])
  return (
    <div className="import-report">
      {groups.map(({ kind, total, shown }) => {
        if (shown.length === 0) return null
        return (
          <section key={kind} className="import-report__group" aria-label={t.kinds[kind]}>
            <h4>
              {t.kinds[kind]} ({total})
            </h4>
            <div className="import-table-wrap">
              <table className="import-table">
                <thead>
                  <tr>
                    <th scope="col">{t.columns.file}</th>
                    <th scope="col">{t.columns.where}</th>
                    <th scope="col">{t.columns.column}</th>
                    <th scope="col">{t.columns.value}</th>
                    <th scope="col">{t.columns.reason}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((issue, i) => (
                    <tr key={i} className={`import-report__${issue.severity}`}>
                      <td>{issue.file}</td>
                      <td>
                        {issue.line !== undefined ? t.line(issue.line) : (issue.element ?? '')}
                      </td>
                      <td>{issue.column ?? ''}</td>
                      <td>
                        <code>{issue.value ?? ''}</code>
                      </td>
                      <td>
                        <strong>{t.severity[issue.severity]}:</strong> {issue.message}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        )
      })}
      {issues.length > LIMIT && <p>{t.more(issues.length - LIMIT)}</p>}
    </div>
  )
}
