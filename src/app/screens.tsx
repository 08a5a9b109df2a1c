import type { ReactNode } from 'react'
import type { Dataset } from '../domain/schema.ts'
import { AcrossScreen } from '../features/across/AcrossScreen.tsx'
import { CompareScreen } from '../features/compare/CompareScreen.tsx'
import { LazyCrossCase } from '../features/cross-case/LazyCrossCase.tsx'
import { GlossaryScreen } from '../features/glossary/GlossaryScreen.tsx'
import type { Screen } from '../state/viewStore.ts'
import { Explorer } from './Explorer.tsx'

/**
 * What each screen shows. A screen listed in `SCREENS` (state/viewStore.ts) but missing here
 * is not offered in the navigation, and its URL falls back to the explorer.
 */
export const SCREEN_VIEWS: Partial<Record<Screen, (dataset: Dataset) => ReactNode>> = {
  explore: (dataset) => <Explorer dataset={dataset} />,
  'cross-case': (dataset) => <LazyCrossCase dataset={dataset} />,
  compare: (dataset) => <CompareScreen dataset={dataset} />,
  across: (dataset) => <AcrossScreen dataset={dataset} />,
  glossary: (dataset) => <GlossaryScreen dataset={dataset} />,
}
