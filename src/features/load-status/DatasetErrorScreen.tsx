import { useId } from 'react'
import type { Messages } from '../../i18n/index.ts'
import { useT } from '../../i18n/index.ts'
import { assertNever } from '../../lib/assertNever.ts'
import { DatasetLoadError } from '../../queries/datasetQuery.ts'
import { IssueList } from './IssueList.tsx'

interface DatasetErrorScreenProps {
  error: Error
  onRetry: () => void
}

/** Why the dataset cannot be shown: the file, and for a broken dataset every issue with its path. */
export function DatasetErrorScreen({ error, onRetry }: DatasetErrorScreenProps) {
  const t = useT()
  const headingId = useId()
  const file = error instanceof DatasetLoadError ? error.file : null
  const problem = error instanceof DatasetLoadError ? error.problem : null
  return (
    <section className="status-screen status-screen--error" aria-labelledby={headingId}>
      <h2 id={headingId}>{title(t, problem?.kind ?? 'network')}</h2>
      {file && (
        <p>
          <span className="status-screen__label">{t.loadError.file}:</span> <code>{file}</code>
        </p>
      )}
      {problem === null && <p>{error.message}</p>}
      {problem?.kind === 'network' && <p>{t.loadError.networkBody}</p>}
      {problem?.kind === 'http' && (
        <p>
          {t.loadError.httpBody(problem.status)} {t.loadError.httpAdvice(problem.status)}
        </p>
      )}
      {problem?.kind === 'syntax' && (
        <>
          <p>{t.loadError.syntaxBody}</p>
          <pre className="status-screen__message">{problem.message}</pre>
        </>
      )}
      {problem?.kind === 'invalid' && (
        <>
          <p>{t.loadError.invalidIntro(problem.issues.length)}</p>
          <IssueList issues={problem.issues} raw={problem.raw} />
        </>
      )}
      {problem?.kind === 'refused' && <p>{t.largeNetwork.refusedBody(problem.requested)}</p>}
      {problem?.kind !== 'invalid' && problem?.kind !== 'refused' && (
        <button type="button" className="button" onClick={onRetry}>
          {t.loadError.retry}
        </button>
      )}
    </section>
  )
}

type ProblemKind = 'network' | 'http' | 'syntax' | 'invalid' | 'refused'

function title(t: Messages, kind: ProblemKind): string {
  switch (kind) {
    case 'network':
    case 'http':
      return t.loadError.networkTitle
    case 'syntax':
      return t.loadError.syntaxTitle
    case 'invalid':
      return t.loadError.invalidTitle
    case 'refused':
      return t.largeNetwork.refusedTitle
    default:
      return assertNever(kind)
  }
}
