import { usePresentationStore } from '../../state/presentationStore.ts'

const selectRootClass = (s: { on: boolean; theme: string; legendVisible: boolean }): string =>
  s.on
    ? `app--presenting app--projector-${s.theme}${s.legendVisible ? '' : ' app--legend-hidden'}`
    : ''

/** Classes for the app root: presentation mode hides the header, panels and case list. */
export function usePresentationClass(): string {
  return usePresentationStore(selectRootClass)
}
