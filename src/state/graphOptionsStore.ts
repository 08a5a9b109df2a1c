import { create } from 'zustand'

/** How actors are coloured: by party type, or by the life world / system world split. */
export type ColourMode = 'partyType' | 'world'
export const DEFAULT_COLOUR_MODE: ColourMode = 'partyType'

interface GraphOptionsState {
  colourMode: ColourMode
  setColourMode: (mode: ColourMode) => void
}

/** Display choices for the network that are not part of the shared view. */
export const useGraphOptionsStore = create<GraphOptionsState>()((set) => ({
  colourMode: DEFAULT_COLOUR_MODE,
  setColourMode: (colourMode) => set({ colourMode }),
}))

export const selectColourMode = (s: GraphOptionsState) => s.colourMode
export const selectSetColourMode = (s: GraphOptionsState) => s.setColourMode
