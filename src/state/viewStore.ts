import { create } from 'zustand'

/**
 * The app's screens. `explore` is the case explorer; the others are pages of their own that
 * the header's navigation lists (see src/app/screens.tsx for what each one shows).
 */
export const SCREENS = ['explore', 'cross-case', 'compare', 'across', 'glossary'] as const
export type Screen = (typeof SCREENS)[number]

export function isScreen(value: unknown): value is Screen {
  return typeof value === 'string' && (SCREENS as readonly string[]).includes(value)
}

/** What the user is looking at. Mirrored in the URL (`?case=…&phase=…&actor=…`). */
export interface View {
  screen: Screen
  caseId: string | null
  phaseId: string | null
  actorId: string | null
}

/** Side-panel tabs; `shift` and `table` hold the power and shift analysis of the case. */
export type Panel = 'case' | 'actor' | 'shift' | 'table'

interface ViewState extends View {
  /** Which tab of the side panel is open; not part of the URL. */
  panel: Panel
  openCase: (caseId: string, firstPhaseId: string | null) => void
  closeCase: () => void
  goToPhase: (phaseId: string) => void
  showScreen: (screen: Screen) => void
  selectActor: (actorId: string | null) => void
  showPanel: (panel: Panel) => void
  /** Replaces the whole view at once, e.g. from the URL on load or on back/forward. */
  restore: (view: View) => void
}

export const EMPTY_VIEW: View = { screen: 'explore', caseId: null, phaseId: null, actorId: null }

export const useViewStore = create<ViewState>()((set) => ({
  ...EMPTY_VIEW,
  panel: 'case',
  openCase: (caseId, firstPhaseId) =>
    set({ screen: 'explore', caseId, phaseId: firstPhaseId, actorId: null, panel: 'case' }),
  closeCase: () => set({ ...EMPTY_VIEW, panel: 'case' }),
  goToPhase: (phaseId) => set({ phaseId }),
  showScreen: (screen) => set({ screen }),
  selectActor: (actorId) => set({ actorId, panel: actorId === null ? 'case' : 'actor' }),
  showPanel: (panel) => set({ panel }),
  restore: (view) => set({ ...view, panel: view.actorId === null ? 'case' : 'actor' }),
}))

export const selectScreen = (s: ViewState) => s.screen
export const selectShowScreen = (s: ViewState) => s.showScreen
export const selectCaseId = (s: ViewState) => s.caseId
export const selectPhaseId = (s: ViewState) => s.phaseId
export const selectActorId = (s: ViewState) => s.actorId
export const selectPanel = (s: ViewState) => s.panel
export const selectOpenCase = (s: ViewState) => s.openCase
export const selectCloseCase = (s: ViewState) => s.closeCase
export const selectGoToPhase = (s: ViewState) => s.goToPhase
export const selectSelectActor = (s: ViewState) => s.selectActor
export const selectShowPanel = (s: ViewState) => s.showPanel
export const selectRestore = (s: ViewState) => s.restore
