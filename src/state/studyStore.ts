import { create } from 'zustand'
import type { PartySelector } from '../domain/acrossCases.ts'

/** One side of the compare screen: a case and one of its phases. */
export interface CompareSide {
  caseId: string | null
  phaseId: string | null
}

export type CompareHeight = 'normal' | 'tall'

interface StudyState {
  /** Whether the explorer shows the table view under the network. */
  tableOpen: boolean
  /** The glossary entry to bring into view (set by the search). */
  conceptId: string | null
  left: CompareSide
  right: CompareSide
  compareHeight: CompareHeight
  /** What the across-the-cases screen follows. */
  across: PartySelector
  setTableOpen: (open: boolean) => void
  showConcept: (conceptId: string | null) => void
  setSide: (side: 'left' | 'right', value: CompareSide) => void
  setCompareHeight: (height: CompareHeight) => void
  setAcross: (selector: PartySelector) => void
}

const NO_SIDE: CompareSide = { caseId: null, phaseId: null }

/** Choices of the study screens (table view, glossary, compare, across the cases). */
export const useStudyStore = create<StudyState>()((set) => ({
  tableOpen: false,
  conceptId: null,
  left: NO_SIDE,
  right: NO_SIDE,
  compareHeight: 'normal',
  across: { kind: 'category', category: 'gemeente' },
  setTableOpen: (tableOpen) => set({ tableOpen }),
  showConcept: (conceptId) => set({ conceptId }),
  setSide: (side, value) => set(side === 'left' ? { left: value } : { right: value }),
  setCompareHeight: (compareHeight) => set({ compareHeight }),
  setAcross: (across) => set({ across }),
}))

export const selectTableOpen = (s: StudyState) => s.tableOpen
export const selectSetTableOpen = (s: StudyState) => s.setTableOpen
export const selectConceptId = (s: StudyState) => s.conceptId
export const selectShowConcept = (s: StudyState) => s.showConcept
export const selectLeft = (s: StudyState) => s.left
export const selectRight = (s: StudyState) => s.right
export const selectSetSide = (s: StudyState) => s.setSide
export const selectCompareHeight = (s: StudyState) => s.compareHeight
export const selectSetCompareHeight = (s: StudyState) => s.setCompareHeight
export const selectAcross = (s: StudyState) => s.across
export const selectSetAcross = (s: StudyState) => s.setAcross
