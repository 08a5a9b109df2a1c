import { create } from 'zustand'
import { DEFAULT_NETWORK_FILTERS, type NetworkFilters } from '../domain/filters.ts'

/** Which part of the network is shown (see domain/filters.ts); everything by default. */
interface FilterState extends NetworkFilters {
  setFilters: (filters: Partial<NetworkFilters>) => void
  resetFilters: () => void
}

export const useFilterStore = create<FilterState>()((set) => ({
  ...DEFAULT_NETWORK_FILTERS,
  setFilters: (filters) => set(filters),
  resetFilters: () => set(DEFAULT_NETWORK_FILTERS),
}))
