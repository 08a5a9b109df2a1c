import { lazy, Suspense } from 'react'
import type { CaseGraph } from '../../domain/caseGraph.ts'
import { useT } from '../../i18n/index.ts'

// Charts load on demand, so the explorer's first load stays small.
const ShiftPanel = lazy(() => import('./ShiftPanel.tsx'))

export function LazyShiftPanel({ graph }: { graph: CaseGraph }) {
  const t = useT()
  return (
    <Suspense fallback={<p className="muted">{t.analysis.loading}</p>}>
      <ShiftPanel graph={graph} />
    </Suspense>
  )
}
