import { create } from 'zustand'
import {
  applyEdit,
  type EditCommand,
  type EditRefusal,
  type History,
  record,
  redo as redoStep,
  startHistory,
  undo as undoStep,
} from '../domain/edit/index.ts'
import type { CasePositions } from '../domain/workspace/record.ts'
import { parseDataset } from '../domain/validate.ts'
import { type WorkspaceContent, useWorkspaceStore } from './workspaceStore.ts'

/**
 * Edit mode and undo/redo. Each workspace has its own history of contents (dataset and node
 * positions together); it lives for the session, the contents themselves are saved.
 */
interface EditState {
  /** Whether the open workspace case shows its edit controls. */
  editing: boolean
  /** `graph` or `table`: how the case is edited. */
  surface: 'graph' | 'table'
  /** What a drag on the graph does: draw a relation, or move the actor. */
  tool: 'connect' | 'move'
  /** The relation chosen on the graph, for the Delete key and the delete button. */
  selectedRelationId: string | null
  histories: Record<string, History<WorkspaceContent>>
  /** The last refused edit, for a message; cleared by the next accepted one. */
  refusal: EditRefusal | null
  setEditing: (editing: boolean) => void
  setSurface: (surface: 'graph' | 'table') => void
  setTool: (tool: 'connect' | 'move') => void
  selectRelation: (relationId: string | null) => void
  clearRefusal: () => void
}

export const useEditStore = create<EditState>()((set) => ({
  editing: false,
  surface: 'graph',
  tool: 'connect',
  selectedRelationId: null,
  histories: {},
  refusal: null,
  setEditing: (editing) => set({ editing, selectedRelationId: null }),
  setSurface: (surface) => set({ surface }),
  setTool: (tool) => set({ tool }),
  selectRelation: (selectedRelationId) => set({ selectedRelationId }),
  clearRefusal: () => set({ refusal: null }),
}))

function contentOf(workspaceId: string): WorkspaceContent | null {
  const ws = useWorkspaceStore.getState().workspaces.find((w) => w.id === workspaceId)
  return ws ? { dataset: ws.dataset, positions: ws.positions } : null
}

/** The workspace's history, restarted when its content changed elsewhere (another tab). */
function historyOf(workspaceId: string, content: WorkspaceContent): History<WorkspaceContent> {
  const history = useEditStore.getState().histories[workspaceId]
  const current =
    history &&
    history.present.dataset === content.dataset &&
    history.present.positions === content.positions
  return current ? history : startHistory(content)
}

function commit(workspaceId: string, next: WorkspaceContent, history: History<WorkspaceContent>) {
  useEditStore.setState((s) => ({
    histories: { ...s.histories, [workspaceId]: history },
    refusal: null,
  }))
  useWorkspaceStore.getState().setContent(workspaceId, next)
}

/** New node positions that belong to an edit (an actor added at a clicked point). */
export interface Placement {
  caseId: string
  points: CasePositions
}

const withPlacement = (
  positions: WorkspaceContent['positions'],
  place: Placement | undefined,
): WorkspaceContent['positions'] =>
  place
    ? { ...positions, [place.caseId]: { ...positions[place.caseId], ...place.points } }
    : positions

/**
 * Applies an edit to a workspace as one undo step (with the positions it places, if any).
 * Returns the refusal, or null when it was applied.
 */
export function editWorkspace(
  workspaceId: string,
  cmd: EditCommand,
  place?: Placement,
): EditRefusal | null {
  const content = contentOf(workspaceId)
  if (!content) return 'unknown-case'
  const result = applyEdit(content.dataset, cmd)
  // The gate again: an edit never leaves a dataset the app could not load.
  const reason = !result.ok ? result.reason : parseDataset(result.dataset).ok ? null : 'invalid'
  if (reason !== null || !result.ok) {
    useEditStore.setState({ refusal: reason ?? 'invalid' })
    return reason ?? 'invalid'
  }
  const next = { dataset: result.dataset, positions: withPlacement(content.positions, place) }
  commit(workspaceId, next, record(historyOf(workspaceId, content), next))
  return null
}

/** Moves or places nodes of a case; undoable like any edit. */
export function placeActors(workspaceId: string, caseId: string, points: CasePositions): void {
  const content = contentOf(workspaceId)
  if (!content) return
  const next = {
    dataset: content.dataset,
    positions: withPlacement(content.positions, { caseId, points }),
  }
  commit(workspaceId, next, record(historyOf(workspaceId, content), next))
}

/**
 * Stores computed positions for actors that had none, without an undo step: the layout the
 * user already sees becomes the workspace's, so later edits do not move anyone.
 */
export function pinLayout(workspaceId: string, caseId: string, points: CasePositions): void {
  const content = contentOf(workspaceId)
  if (!content) return
  const positions = { ...content.positions, [caseId]: { ...points, ...content.positions[caseId] } }
  const next = { dataset: content.dataset, positions }
  const history = useEditStore.getState().histories[workspaceId]
  useWorkspaceStore.getState().setContent(workspaceId, next)
  if (history)
    useEditStore.setState((s) => ({
      histories: { ...s.histories, [workspaceId]: { ...history, present: next } },
    }))
}

function step(workspaceId: string, move: typeof undoStep) {
  const content = contentOf(workspaceId)
  if (!content) return
  const before = historyOf(workspaceId, content)
  const history = move(before)
  if (history === before) return
  commit(workspaceId, history.present, history)
}

export const undoEdit = (workspaceId: string) => step(workspaceId, undoStep)
export const redoEdit = (workspaceId: string) => step(workspaceId, redoStep)

export const selectEditing = (s: EditState) => s.editing
export const selectSetEditing = (s: EditState) => s.setEditing
export const selectSurface = (s: EditState) => s.surface
export const selectSetSurface = (s: EditState) => s.setSurface
export const selectRefusal = (s: EditState) => s.refusal
export const selectClearRefusal = (s: EditState) => s.clearRefusal
export const selectHistories = (s: EditState) => s.histories
export const selectTool = (s: EditState) => s.tool
export const selectSetTool = (s: EditState) => s.setTool
export const selectSelectedRelationId = (s: EditState) => s.selectedRelationId
export const selectSelectRelation = (s: EditState) => s.selectRelation
