import { useEffect, useMemo } from 'react'
import type { CaseGraph } from '../domain/caseGraph.ts'
import { freshActorId, freshRelationId } from '../domain/edit/index.ts'
import { DIRECTED_BY_DEFAULT } from '../domain/vocabulary.ts'
import { placeMissing } from '../domain/workspace/placement.ts'
import type { CasePositions } from '../domain/workspace/record.ts'
import { caseLayout, type Positions } from '../graph/layout.ts'
import type { GraphEditing } from '../graph/useGraphEditing.ts'
import { useT } from '../i18n/index.ts'
import {
  editWorkspace,
  pinLayout,
  placeActors,
  selectEditing,
  selectSelectedRelationId,
  selectTool,
  useEditStore,
} from '../state/editStore.ts'
import { useTabStore } from '../state/tabCoordination.ts'
import { selectSelectActor, useViewStore } from '../state/viewStore.ts'
import { selectActiveWorkspace, useWorkspaceStore } from '../state/workspaceStore.ts'

/** The relation a drawn edge becomes; its kind and strength are changed afterwards. */
const NEW_RELATION = { type: 'samenwerking', strength: 2 } as const

/**
 * For the graph of a workspace case: its kept node positions (computed once and then stored,
 * so edits never move anyone) and, in edit mode, what drawing on the graph does. For the
 * bundled cases both are undefined and the graph stays as it was.
 */
export function useCaseEditing(
  graph: CaseGraph,
  phaseId: string,
): { positions: Positions | undefined; editing: GraphEditing | undefined } {
  const t = useT()
  const workspace = useWorkspaceStore(selectActiveWorkspace)
  const editMode = useEditStore(selectEditing)
  const tool = useEditStore(selectTool)
  const selectedRelationId = useEditStore(selectSelectedRelationId)
  const readOnly = useTabStore((s) => (workspace ? s.readOnly[workspace.id] === true : true))
  const selectActor = useViewStore(selectSelectActor)
  const caseId = graph.kase.id
  const stored = workspace?.positions[caseId]
  const workspaceId = workspace?.id ?? null

  const resolved = useMemo(() => {
    if (workspaceId === null) return undefined
    const missing = graph.actors.map((a) => a.actor.id).filter((id) => !stored?.[id])
    if (missing.length === 0) return { positions: stored as Positions, added: null }
    // A case never laid out gets the automatic layout; later additions go beside the rest.
    let added: CasePositions
    if (stored && Object.keys(stored).length > 0) added = placeMissing(stored, missing)
    else {
      const layout = caseLayout(graph)
      added = Object.fromEntries(missing.map((id) => [id, layout[id] ?? { x: 0, y: 0 }]))
    }
    return { positions: { ...stored, ...added } as Positions, added }
  }, [workspaceId, graph, stored])

  const added = resolved?.added ?? null
  useEffect(
    function keepComputedPositions() {
      if (workspaceId !== null && added !== null && !readOnly) pinLayout(workspaceId, caseId, added)
    },
    [workspaceId, caseId, added, readOnly],
  )

  const editing = useMemo<GraphEditing | undefined>(() => {
    if (workspaceId === null || !editMode || readOnly) return undefined
    return {
      tool,
      selectedRelationId,
      onAddActorAt: (point) => {
        const dataset = useWorkspaceStore.getState().workspaces.find((w) => w.id === workspaceId)
        if (!dataset) return
        const actorId = freshActorId(dataset.dataset, t.editing.graph.newActor)
        const refused = editWorkspace(
          workspaceId,
          {
            kind: 'add-actor',
            caseId,
            actorId,
            label: t.editing.graph.newActor,
            partyType: 'burgers',
            phaseIds: [phaseId],
            influence: 2,
          },
          { caseId, points: { [actorId]: point } },
        )
        if (refused === null) selectActor(actorId)
      },
      onConnect: (source, target) => {
        const ws = useWorkspaceStore.getState().workspaces.find((w) => w.id === workspaceId)
        if (!ws) return
        editWorkspace(workspaceId, {
          kind: 'add-relation',
          caseId,
          relationId: freshRelationId(ws.dataset, source, target),
          source,
          target,
          type: NEW_RELATION.type,
          directed: DIRECTED_BY_DEFAULT[NEW_RELATION.type],
          strength: NEW_RELATION.strength,
          phaseIds: [phaseId],
        })
      },
      onMoveActor: (actorId, point) => placeActors(workspaceId, caseId, { [actorId]: point }),
      onSelectRelation: (relationId) => useEditStore.getState().selectRelation(relationId),
    }
  }, [workspaceId, editMode, readOnly, tool, selectedRelationId, caseId, phaseId, t, selectActor])

  return { positions: resolved?.positions, editing }
}
