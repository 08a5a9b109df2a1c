import { lazy, Suspense } from 'react'
import type { CaseGraph } from '../../domain/caseGraph.ts'
import { useT } from '../../i18n/index.ts'

// The table loads on demand, so the explorer's first load stays small.
const ActorTable = lazy(() => import('./ActorTable.tsx'))

export function LazyActorTable({ graph, phaseId }: { graph: CaseGraph; phaseId: string }) {
  const t = useT()
  return (
    <Suspense fallback={<p className="muted">{t.analysis.loading}</p>}>
      <ActorTable graph={graph} phaseId={phaseId} />
    </Suspense>
  )
}
