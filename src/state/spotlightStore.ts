import { create } from 'zustand'

interface SpotlightState {
  /** Zero, one or two actors: one lights up its neighbourhood, two the shortest path between them. */
  actorIds: readonly string[]
  /** Lights up an actor; with one already lit, adds it as the second (the oldest drops off). */
  spotlight: (actorId: string) => void
  setSpotlight: (actorIds: readonly string[]) => void
  clearSpotlight: () => void
}

const NONE: readonly string[] = []

export const useSpotlightStore = create<SpotlightState>()((set) => ({
  actorIds: NONE,
  spotlight: (actorId) =>
    set((s) =>
      s.actorIds.includes(actorId) ? s : { actorIds: [...s.actorIds, actorId].slice(-2) },
    ),
  setSpotlight: (actorIds) => set({ actorIds: actorIds.slice(-2) }),
  clearSpotlight: () => set({ actorIds: NONE }),
}))

export const selectSpotlight = (s: SpotlightState) => s.actorIds
