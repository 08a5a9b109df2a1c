import { create } from 'zustand'

/** The node measures the network can be sized by, in the order `cycleSizeBy` steps through. */
export const SIZE_MEASURES = ['influence', 'degree', 'betweenness', 'pagerank'] as const
export type SizeMeasure = (typeof SIZE_MEASURES)[number]

export function isSizeMeasure(value: unknown): value is SizeMeasure {
  return typeof value === 'string' && (SIZE_MEASURES as readonly string[]).includes(value)
}

interface AnalysisState {
  /** What node size shows. */
  sizeBy: SizeMeasure
  /** Whether the network shows what changed since the previous phase. */
  diff: boolean
  setSizeBy: (measure: SizeMeasure) => void
  cycleSizeBy: () => void
  setDiff: (on: boolean) => void
  toggleDiff: () => void
}

/** How the network is analysed on screen: size measure and the phase diff. */
export const useAnalysisStore = create<AnalysisState>()((set) => ({
  sizeBy: 'influence',
  diff: false,
  setSizeBy: (sizeBy) => set({ sizeBy }),
  cycleSizeBy: () =>
    set((s) => ({
      sizeBy: SIZE_MEASURES[(SIZE_MEASURES.indexOf(s.sizeBy) + 1) % SIZE_MEASURES.length],
    })),
  setDiff: (diff) => set({ diff }),
  toggleDiff: () => set((s) => ({ diff: !s.diff })),
}))

export const selectSizeBy = (s: AnalysisState) => s.sizeBy
export const selectDiff = (s: AnalysisState) => s.diff
