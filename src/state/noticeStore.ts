import { create } from 'zustand'

/** A message for the user about something in the address that could not be shown. */
export type Notice =
  | { kind: 'unknown-case'; id: string }
  | { kind: 'unknown-phase'; id: string }
  | { kind: 'unknown-actor'; id: string }
  | { kind: 'unknown-screen'; id: string }

interface NoticeState {
  notices: readonly Notice[]
  show: (notices: readonly Notice[]) => void
  dismiss: (notice: Notice) => void
}

const NONE: readonly Notice[] = []

export const useNoticeStore = create<NoticeState>()((set) => ({
  notices: NONE,
  // A new navigation replaces old messages: they described an address that is gone.
  show: (notices) => set({ notices: notices.length === 0 ? NONE : notices }),
  dismiss: (notice) => set((s) => ({ notices: s.notices.filter((n) => n !== notice) })),
}))

export const selectNotices = (s: NoticeState) => s.notices
export const selectDismissNotice = (s: NoticeState) => s.dismiss
export const selectShowNotices = (s: NoticeState) => s.show
