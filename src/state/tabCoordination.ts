import { create } from 'zustand'

/**
 * Two tabs on one workspace: each tab announces the workspace it opens on a BroadcastChannel;
 * a tab that already edits it answers, and the newcomer is told and starts read-only. It may
 * take over: the other tab saves what it has, turns read-only and says so.
 */
export type TabConflict = { workspaceId: string; kind: 'open-elsewhere' | 'taken-over' }

interface TabState {
  /** Workspaces this tab may only read. */
  readOnly: Record<string, true>
  conflict: TabConflict | null
  setReadOnly: (workspaceId: string, readOnly: boolean) => void
  setConflict: (conflict: TabConflict | null) => void
}

export const useTabStore = create<TabState>()((set) => ({
  readOnly: {},
  conflict: null,
  setReadOnly: (workspaceId, readOnly) =>
    set((s) => {
      const next = { ...s.readOnly }
      if (readOnly) next[workspaceId] = true
      else delete next[workspaceId]
      return { readOnly: next }
    }),
  setConflict: (conflict) => set({ conflict }),
}))

export const selectTabConflict = (s: TabState) => s.conflict
export const isReadOnlyHere = (workspaceId: string) =>
  useTabStore.getState().readOnly[workspaceId] === true

type Message =
  | { type: 'hello'; ws: string; tab: string }
  | { type: 'here'; ws: string; tab: string; to: string }
  | { type: 'take-over'; ws: string; tab: string }
  | { type: 'released'; ws: string; tab: string; to: string }
  | { type: 'saved'; ws: string; tab: string }

export const CHANNEL_NAME = 'wijknetwerk-workspaces'
const TAB_ID = `tab-${Math.random().toString(36).slice(2, 10)}`
/** How long a take-over waits for the other tab to save and let go. */
const RELEASE_WAIT_MS = 1500

export interface CoordinationHooks {
  /** The workspace this tab shows, or null. */
  activeId: () => string | null
  /** Writes pending changes now. */
  flush: () => Promise<void>
  /** Reads one workspace again from storage (another tab saved it). */
  reload: (workspaceId: string) => Promise<void>
}

let channel: BroadcastChannel | null = null
let hooks: CoordinationHooks | null = null
const releaseWaiters = new Map<string, () => void>()

function post(message: Message) {
  channel?.postMessage(message)
}

async function onMessage(message: Message) {
  if (!hooks || message.tab === TAB_ID) return
  const state = useTabStore.getState()
  const mine = hooks.activeId() === message.ws
  switch (message.type) {
    case 'hello':
      if (mine && !state.readOnly[message.ws])
        post({ type: 'here', ws: message.ws, tab: TAB_ID, to: message.tab })
      return
    case 'here':
      if (message.to !== TAB_ID || !mine) return
      state.setReadOnly(message.ws, true)
      state.setConflict({ workspaceId: message.ws, kind: 'open-elsewhere' })
      return
    case 'take-over':
      if (!mine && !state.readOnly[message.ws]) return
      await hooks.flush()
      state.setReadOnly(message.ws, true)
      if (mine) state.setConflict({ workspaceId: message.ws, kind: 'taken-over' })
      post({ type: 'released', ws: message.ws, tab: TAB_ID, to: message.tab })
      return
    case 'released':
      if (message.to === TAB_ID) releaseWaiters.get(message.ws)?.()
      return
    case 'saved':
      if (state.readOnly[message.ws]) await hooks.reload(message.ws)
      return
  }
}

/** Starts listening; returns a stop function. Without BroadcastChannel every tab is alone. */
export function startTabCoordination(given: CoordinationHooks): () => void {
  hooks = given
  if (typeof BroadcastChannel === 'undefined') return () => void (hooks = null)
  channel = new BroadcastChannel(CHANNEL_NAME)
  channel.onmessage = (event: MessageEvent<Message>) => void onMessage(event.data)
  return () => {
    channel?.close()
    channel = null
    hooks = null
  }
}

/** Tells other tabs that this tab opened a workspace. */
export function announceWorkspace(workspaceId: string): void {
  post({ type: 'hello', ws: workspaceId, tab: TAB_ID })
}

export function announceSaved(workspaceId: string): void {
  post({ type: 'saved', ws: workspaceId, tab: TAB_ID })
}

/** Keeps this tab read-only on the workspace and closes the warning. */
export function stayReadOnly(): void {
  useTabStore.getState().setConflict(null)
}

/** Makes this tab the one that edits: the other tab saves and turns read-only first. */
export async function takeOver(workspaceId: string): Promise<void> {
  const released = new Promise<void>((resolve) => {
    releaseWaiters.set(workspaceId, resolve)
    setTimeout(resolve, RELEASE_WAIT_MS)
  })
  post({ type: 'take-over', ws: workspaceId, tab: TAB_ID })
  await released
  releaseWaiters.delete(workspaceId)
  await hooks?.reload(workspaceId)
  const state = useTabStore.getState()
  state.setReadOnly(workspaceId, false)
  state.setConflict(null)
}
