import { lazy, Suspense } from 'react'
import type { Dataset } from '../../domain/schema.ts'
import { useT } from '../../i18n/index.ts'

// The cross-case screen loads on demand, so the explorer's first load stays small.
const CrossCaseScreen = lazy(() => import('./CrossCaseScreen.tsx'))

export function LazyCrossCase({ dataset }: { dataset: Dataset }) {
  const t = useT()
  return (
    <Suspense fallback={<p className="status-screen">{t.analysis.loading}</p>}>
      <CrossCaseScreen dataset={dataset} />
    </Suspense>
  )
}
