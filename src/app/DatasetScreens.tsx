import type { Dataset } from '../domain/schema.ts'
import { SCREENS, selectScreen, useViewStore } from '../state/viewStore.ts'
import { SCREEN_VIEWS } from './screens.tsx'
import { useViewUrlSync } from './useUrlSync.ts'

/** The screens offered in the navigation: those that have a view. */
export const AVAILABLE_SCREENS = SCREENS.filter((screen) => SCREEN_VIEWS[screen] !== undefined)

/** The current screen for a loaded dataset, kept in step with the URL. */
export function DatasetScreens({ dataset }: { dataset: Dataset }) {
  useViewUrlSync(dataset)
  const screen = useViewStore(selectScreen)
  const view = SCREEN_VIEWS[screen] ?? SCREEN_VIEWS.explore
  return <>{view?.(dataset)}</>
}
