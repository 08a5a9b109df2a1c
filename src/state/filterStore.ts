import { create } from 'zustand'
import type { PartyType, RelationType } from '../domain/vocabulary.ts'

/** Which part of the network is shown. Everything is shown by default. */
export interface Filters {
  hiddenPartyTypes: readonly PartyType[]
  hiddenRelationTypes: readonly RelationType[]
  /** Actors below this influence (0–8) in the current phase are hidden. */
  minInfluence: number
  /** Relations below this strength (1–3) are hidden. */
  minStrength: number
  /** Show one actor's ties `depth` steps out and hide the rest; null shows everything. */
  expand: { actorId: string; depth: 1 | 2 } | null
  /** The current phase, or the union of all phases of the case. */
  scope: 'phase' | 'all'
}

export const NO_FILTERS: Filters = {
  hiddenPartyTypes: [],
  hiddenRelationTypes: [],
  minInfluence: 0,
  minStrength: 1,
  expand: null,
  scope: 'phase',
}

interface FilterState extends Filters {
  setFilters: (filters: Partial<Filters>) => void
  resetFilters: () => void
}

export const useFilterStore = create<FilterState>()((set) => ({
  ...NO_FILTERS,
  setFilters: (filters) => set(filters),
  resetFilters: () => set(NO_FILTERS),
}))
