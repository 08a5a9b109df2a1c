import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { parseStoryboard, type StoryboardProblem } from '../domain/storyboard/parse.ts'
import {
  EMPTY_STORYBOARD,
  type Slide,
  type SlideView,
  type Storyboard,
} from '../domain/storyboard/schema.ts'

export const STORYBOARD_STORAGE_KEY = 'wijknetwerk-storyboard'
/** Where a stored storyboard that can no longer be read is kept, so it is never thrown away. */
export const UNREADABLE_STORAGE_KEY = 'wijknetwerk-storyboard-unreadable'
const PERSIST_VERSION = 2

/** The outcome of the last import or shared link, shown in the editor until dismissed. */
export type StoryboardNotice =
  | { kind: 'problem'; problem: StoryboardProblem; source: string | null }
  | {
      kind: 'loaded'
      slides: number
      unknown: { slide: number; caseId: string; phaseId: string | null }[]
    }

interface StoryboardState {
  /** Whether the storyboard editor is open. */
  panelOpen: boolean
  notice: StoryboardNotice | null
  setPanelOpen: (open: boolean) => void
  setNotice: (notice: StoryboardNotice | null) => void
  storyboard: Storyboard
  /** The storyboard an import or a shared link replaced, so the user can go back to it. */
  backup: Storyboard | null
  /** Slide mode: the phase keys step through the slides. */
  presenting: boolean
  /** The slide shown while presenting (0-based). */
  index: number
  addSlide: (view: SlideView, title: string) => void
  updateSlide: (id: string, patch: Partial<Pick<Slide, 'title' | 'note'>>) => void
  removeSlide: (id: string) => void
  /** Moves a slide from one place to another (drag and drop, or one step by keyboard). */
  moveSlide: (from: number, to: number) => void
  setTitle: (title: string) => void
  /** Replaces the storyboard (import, shared link); the old one becomes the backup. */
  replace: (storyboard: Storyboard) => void
  restoreBackup: () => void
  startPresenting: (index?: number) => void
  stopPresenting: () => void
  goToSlide: (index: number) => void
  nextSlide: () => void
  previousSlide: () => void
}

let counter = 0
function newSlideId(): string {
  counter += 1
  return `slide-${Date.now().toString(36)}-${counter}-${Math.random().toString(36).slice(2, 6)}`
}

const clampIndex = (index: number, storyboard: Storyboard) =>
  Math.max(0, Math.min(index, storyboard.slides.length - 1))

const withSlides = (storyboard: Storyboard, slides: Slide[]): Storyboard => ({
  ...storyboard,
  slides,
})

function sameStoryboard(a: Storyboard, b: Storyboard): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/** The facilitator's storyboard, kept in localStorage across reloads. */
export const useStoryboardStore = create<StoryboardState>()(
  persist(
    (set) => ({
      storyboard: EMPTY_STORYBOARD,
      backup: null,
      panelOpen: false,
      notice: null,
      setPanelOpen: (panelOpen) => set({ panelOpen }),
      setNotice: (notice) => set({ notice }),
      presenting: false,
      index: 0,
      addSlide: (view, title) =>
        set((s) => ({
          storyboard: withSlides(s.storyboard, [
            ...s.storyboard.slides,
            { id: newSlideId(), title, note: '', view },
          ]),
        })),
      updateSlide: (id, patch) =>
        set((s) => ({
          storyboard: withSlides(
            s.storyboard,
            s.storyboard.slides.map((slide) => (slide.id === id ? { ...slide, ...patch } : slide)),
          ),
        })),
      removeSlide: (id) =>
        set((s) => {
          const storyboard = withSlides(
            s.storyboard,
            s.storyboard.slides.filter((slide) => slide.id !== id),
          )
          const presenting = s.presenting && storyboard.slides.length > 0
          return { storyboard, presenting, index: clampIndex(s.index, storyboard) }
        }),
      moveSlide: (from, to) =>
        set((s) => {
          const slides = [...s.storyboard.slides]
          if (from < 0 || from >= slides.length || to < 0 || to >= slides.length || from === to)
            return s
          const [moved] = slides.splice(from, 1)
          if (!moved) return s
          slides.splice(to, 0, moved)
          return { storyboard: withSlides(s.storyboard, slides) }
        }),
      setTitle: (title) => set((s) => ({ storyboard: { ...s.storyboard, title } })),
      replace: (storyboard) =>
        set((s) => {
          if (sameStoryboard(s.storyboard, storyboard)) return s
          const keep = s.storyboard.slides.length > 0 ? s.storyboard : s.backup
          return { storyboard, backup: keep, presenting: false, index: 0 }
        }),
      restoreBackup: () =>
        set((s) =>
          s.backup
            ? { storyboard: s.backup, backup: s.storyboard, presenting: false, index: 0 }
            : s,
        ),
      startPresenting: (index = 0) =>
        set((s) =>
          s.storyboard.slides.length === 0
            ? s
            : { presenting: true, index: clampIndex(index, s.storyboard) },
        ),
      stopPresenting: () => set({ presenting: false }),
      goToSlide: (index) => set((s) => ({ index: clampIndex(index, s.storyboard) })),
      nextSlide: () => set((s) => ({ index: clampIndex(s.index + 1, s.storyboard) })),
      previousSlide: () => set((s) => ({ index: clampIndex(s.index - 1, s.storyboard) })),
    }),
    {
      name: STORYBOARD_STORAGE_KEY,
      version: PERSIST_VERSION,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ storyboard: s.storyboard, backup: s.backup }),
      // Stored state from an older version goes through the same gate as a file (which also
      // lifts version-1 storyboards); see `merge` below.
      migrate: (persisted) => persisted,
      merge: (persisted, current) => restoreStored(persisted, current),
    },
  ),
)

/**
 * Stored state is checked like an imported file. A storyboard that no longer passes is moved
 * aside under UNREADABLE_STORAGE_KEY rather than deleted, and the app starts with an empty one.
 */
function restoreStored(persisted: unknown, current: StoryboardState): StoryboardState {
  if (typeof persisted !== 'object' || persisted === null) return current
  const stored = persisted as { storyboard?: unknown; backup?: unknown }
  const board = parseStoryboard(stored.storyboard)
  const backup = stored.backup == null ? null : parseStoryboard(stored.backup)
  if (!board.ok) {
    try {
      localStorage.setItem(UNREADABLE_STORAGE_KEY, JSON.stringify(stored.storyboard))
    } catch {
      // Storage full or blocked: nothing more can be kept.
    }
  }
  return {
    ...current,
    storyboard: board.ok ? board.storyboard : current.storyboard,
    backup: backup?.ok ? backup.storyboard : null,
  }
}

export const selectStoryboard = (s: StoryboardState) => s.storyboard
export const selectSlides = (s: StoryboardState) => s.storyboard.slides
export const selectBackup = (s: StoryboardState) => s.backup
export const selectSlidePresenting = (s: StoryboardState) => s.presenting
export const selectSlideIndex = (s: StoryboardState) => s.index
export const selectPanelOpen = (s: StoryboardState) => s.panelOpen
export const selectNotice = (s: StoryboardState) => s.notice
