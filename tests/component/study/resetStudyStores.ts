import { beforeEach } from 'vitest'
import { useAnnounceStore } from '../../../src/state/announceStore.ts'
import { useFilterStore } from '../../../src/state/filterStore.ts'
import { useStudyStore } from '../../../src/state/studyStore.ts'

/** The stores of the study features start fresh in every test, like the shared ones. */
export function resetStudyStores(): void {
  beforeEach(() => {
    useFilterStore.setState(useFilterStore.getInitialState(), true)
    useStudyStore.setState(useStudyStore.getInitialState(), true)
    useAnnounceStore.setState(useAnnounceStore.getInitialState(), true)
  })
}
