import { create } from 'zustand'

interface AnnounceState {
  /** The latest message for screen readers; a counter makes a repeated message count as new. */
  message: { text: string; id: number }
  announce: (text: string) => void
}

/** What the polite live region reads out: selection, phase changes and keyboard focus. */
export const useAnnounceStore = create<AnnounceState>()((set) => ({
  message: { text: '', id: 0 },
  announce: (text) => set((s) => ({ message: { text, id: s.message.id + 1 } })),
}))

export const selectAnnouncement = (s: AnnounceState) => s.message
export const selectAnnounce = (s: AnnounceState) => s.announce
