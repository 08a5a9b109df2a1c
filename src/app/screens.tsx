import type { ReactNode } from 'react'
import type { Dataset } from '../domain/schema.ts'
import type { Screen } from '../state/viewStore.ts'
import { Explorer } from './Explorer.tsx'

/**
 * What each screen shows. A screen listed in `SCREENS` (state/viewStore.ts) but missing here
 * is not offered in the navigation, and its URL falls back to the explorer.
 */
export const SCREEN_VIEWS: Partial<Record<Screen, (dataset: Dataset) => ReactNode>> = {
  explore: (dataset) => <Explorer dataset={dataset} />,
}
