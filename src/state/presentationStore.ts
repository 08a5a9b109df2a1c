import { create } from 'zustand'

export type ProjectorTheme = 'light' | 'dark'

interface PresentationState {
  /** Presentation mode: the network fills the screen, panels hide. */
  on: boolean
  theme: ProjectorTheme
  legendVisible: boolean
  /** The screen is blanked (B), e.g. while the room discusses. */
  blank: boolean
  /** Stepping to the next phase first shows new relations, then the size changes. */
  buildUp: boolean
  /** The keyboard help overlay (?) is open. */
  helpOpen: boolean
  enter: () => void
  leave: () => void
  toggle: () => void
  setTheme: (theme: ProjectorTheme) => void
  toggleTheme: () => void
  toggleLegend: () => void
  toggleBlank: () => void
  setBuildUp: (on: boolean) => void
  setHelpOpen: (open: boolean) => void
}

/** The facilitator's presentation choices. Not part of the URL: they belong to this screen. */
export const usePresentationStore = create<PresentationState>()((set) => ({
  on: false,
  theme: 'light',
  legendVisible: true,
  blank: false,
  buildUp: false,
  helpOpen: false,
  enter: () => set({ on: true, blank: false }),
  // Leaving also unblanks, so the explorer never comes back black.
  leave: () => set({ on: false, blank: false }),
  toggle: () => set((s) => ({ on: !s.on, blank: false })),
  setTheme: (theme) => set({ theme }),
  toggleTheme: () => set((s) => ({ theme: s.theme === 'light' ? 'dark' : 'light' })),
  toggleLegend: () => set((s) => ({ legendVisible: !s.legendVisible })),
  toggleBlank: () => set((s) => ({ blank: !s.blank })),
  setBuildUp: (buildUp) => set({ buildUp }),
  setHelpOpen: (helpOpen) => set({ helpOpen }),
}))

export const selectPresenting = (s: PresentationState) => s.on
export const selectTheme = (s: PresentationState) => s.theme
export const selectLegendVisible = (s: PresentationState) => s.legendVisible
export const selectBlank = (s: PresentationState) => s.blank
export const selectBuildUp = (s: PresentationState) => s.buildUp
export const selectHelpOpen = (s: PresentationState) => s.helpOpen
