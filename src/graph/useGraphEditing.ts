import cytoscape, { type Core, type EventObject, type NodeSingular } from 'cytoscape'
import edgehandles from 'cytoscape-edgehandles'
import { useEffect, useRef } from 'react'
import { EDIT_SELECTED } from './editStyles.ts'
import type { Point } from './layout.ts'
import { actorIdOfNode, edgeId } from './toElements.ts'

let registered = false
/** Registers the edgehandles extension once per page (cytoscape.use throws on a second call). */
function registerEdgehandles() {
  if (registered) return
  cytoscape.use(edgehandles)
  registered = true
}

/** What the graph reports while a case is being edited. Points are model coordinates. */
export interface GraphEditing {
  /** `connect`: dragging from an actor draws a relation; `move`: dragging moves the actor. */
  tool: 'connect' | 'move'
  selectedRelationId: string | null
  onAddActorAt: (point: Point) => void
  onConnect: (sourceActorId: string, targetActorId: string) => void
  onMoveActor: (actorId: string, point: Point) => void
  onSelectRelation: (relationId: string | null) => void
}

/**
 * Edit mode on the live core: a double click on the background adds an actor there; in the
 * connect tool a drag from one actor to another draws a relation (edgehandles); in the move
 * tool actors can be dragged and their new place is reported; a tap on a relation selects it.
 * Everything is undone in the cleanup, so leaving edit mode restores the read-only graph.
 */
export function useGraphEditing(cy: Core | null, editing: GraphEditing | undefined): void {
  const latest = useRef(editing)
  useEffect(function keepLatestEditing() {
    latest.current = editing
  })
  const active = editing !== undefined
  const tool = editing?.tool

  useEffect(
    function enableEditing() {
      if (!cy || cy.destroyed() || !active || !cy.container()) return
      registerEdgehandles()
      const handles = cy.edgehandles({
        canConnect: (source: NodeSingular, target: NodeSingular) =>
          !source.same(target) && target.id().startsWith('actor:'),
        snap: false,
        hoverDelay: 0,
      })
      if (tool === 'connect') handles.enableDrawMode()
      else cy.autoungrabify(false)

      const onComplete = (
        _event: EventObject,
        source: NodeSingular,
        target: NodeSingular,
        added: cytoscape.EdgeCollection,
      ) => {
        // The drawn edge is a preview only: the dataset decides which edges exist.
        added.remove()
        const from = actorIdOfNode(source.id())
        const to = actorIdOfNode(target.id())
        if (from && to) latest.current?.onConnect(from, to)
      }
      const onDoubleTap = (event: EventObject) => {
        if (event.target === cy) latest.current?.onAddActorAt({ ...event.position })
      }
      const onDragFree = (event: EventObject) => {
        const node = event.target as NodeSingular
        const actorId = actorIdOfNode(node.id())
        if (actorId) latest.current?.onMoveActor(actorId, { ...node.position() })
      }
      const onTapEdge = (event: EventObject) => {
        const relationId = String(event.target.data('relationId') ?? '')
        if (relationId) latest.current?.onSelectRelation(relationId)
      }
      const onTapElsewhere = (event: EventObject) => {
        if (event.target === cy || event.target.isNode?.()) latest.current?.onSelectRelation(null)
      }
      cy.on('ehcomplete', onComplete as never)
      cy.on('dbltap', onDoubleTap)
      cy.on('dragfree', 'node', onDragFree)
      cy.on('tap', 'edge', onTapEdge)
      cy.on('tap', onTapElsewhere)
      return () => {
        if (cy.destroyed()) return
        cy.off('ehcomplete', onComplete as never)
        cy.off('dbltap', onDoubleTap)
        cy.off('dragfree', 'node', onDragFree)
        cy.off('tap', 'edge', onTapEdge)
        cy.off('tap', onTapElsewhere)
        handles.destroy()
        cy.autoungrabify(true)
      }
    },
    [cy, active, tool],
  )

  const selected = editing?.selectedRelationId ?? null
  useEffect(function markSelectedRelation() {
    if (!cy || cy.destroyed()) return
    cy.edges(`.${EDIT_SELECTED}`).removeClass(EDIT_SELECTED)
    if (selected !== null) cy.getElementById(edgeId(selected)).addClass(EDIT_SELECTED)
  })
}
