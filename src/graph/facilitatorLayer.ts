import type { Core, EventObject, NodeSingular } from 'cytoscape'
import { useEffect } from 'react'
import { neighbourhood, shortestPath, type Tie } from '../domain/shortestPath.ts'
import type { RelationType } from '../domain/vocabulary.ts'
import { useT } from '../i18n/index.ts'
import {
  selectBuildUp,
  selectPresenting,
  selectTheme,
  usePresentationStore,
} from '../state/presentationStore.ts'
import { selectSpotlight, useSpotlightStore } from '../state/spotlightStore.ts'
import { FM, PROJECTOR_LABEL_PX, PROJECTOR_WRAP_PX } from './facilitatorStyles.ts'
import { labelsToHide } from './labelCollision.ts'
import { actorIdOfNode, nodeId } from './toElements.ts'

const ALL_CLASSES = Object.values(FM).join(' ')

interface LayerOptions {
  presenting: boolean
  dark: boolean
  buildUp: boolean
  spotlight: readonly string[]
  tieLabel: (type: string) => string
}

/** Which elements the spotlight lights up, from the ties drawn right now. */
function spotlightSets(cy: Core, actorIds: readonly string[]) {
  const ids = actorIds.map(nodeId).filter((id) => !cy.getElementById(id).empty())
  if (ids.length === 0) return null
  const ties: Tie[] = cy.edges().map((edge) => ({
    id: edge.id(),
    source: edge.source().id(),
    target: edge.target().id(),
  }))
  const [first, second] = ids
  if (first && second) {
    const path = shortestPath(ties, first, second)
    return { focus: ids, nodes: path?.nodes ?? ids, ties: path?.ties ?? [] }
  }
  return first ? { focus: [first], ...neighbourhood(ties, first) } : null
}

/** Sets the facilitator classes and label sizes on every element; idempotent. */
function applyLayer(cy: Core, options: LayerOptions) {
  const zoom = cy.zoom()
  const lit = options.spotlight.length > 0 ? spotlightSets(cy, options.spotlight) : null
  const litNodes = new Set(lit?.nodes)
  const litTies = new Set(lit?.ties)
  const focus = new Set(lit?.focus)
  cy.batch(() => {
    cy.elements().forEach((ele) => {
      const id = ele.id()
      const on = (cls: string, yes: boolean) => (yes ? ele.addClass(cls) : ele.removeClass(cls))
      on(FM.present, options.presenting)
      on(FM.dark, options.presenting && options.dark)
      on(FM.buildUp, ele.isNode() && options.buildUp)
      const isLit = ele.isNode() ? litNodes.has(id) : litTies.has(id)
      on(FM.dim, lit !== null && !isLit)
      on(FM.lit, lit !== null && isLit)
      on(FM.focus, focus.has(id))
      on(FM.tieLabel, ele.isEdge() && litTies.has(id))
      if (ele.isEdge() && litTies.has(id)) ele.data('fmTie', options.tieLabel(ele.data('type')))
      if (!options.presenting) on(FM.labelHidden, false)
    })
    setLabelSizes(cy, zoom)
  })
}

/** Label sizes in model units that come out at a fixed size on screen at this zoom. */
function setLabelSizes(cy: Core, zoom: number) {
  const font = PROJECTOR_LABEL_PX / zoom
  cy.nodes().data({ fmFont: font, fmWrap: PROJECTOR_WRAP_PX / zoom, fmMargin: 6 / zoom })
  cy.edges().data({ fmTieFont: font * 0.75 })
}

function labelPriority(node: NodeSingular): number {
  if (node.hasClass(FM.focus)) return 100
  if (node.hasClass(FM.dim)) return -20
  const influence = Number(node.data('influence'))
  return (node.hasClass(FM.lit) ? 50 : 0) + (Number.isFinite(influence) ? influence : -1)
}

/** Hides the labels that would overlap a more important one at the current zoom. */
function thinLabels(cy: Core) {
  const boxes = cy.nodes().map((node) => {
    const box = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true })
    return { id: node.id(), priority: labelPriority(node), ...box }
  })
  // Boxes are in model units; a gap of 4 screen px keeps neighbouring labels apart.
  const hidden = labelsToHide(boxes, 4 / cy.zoom())
  cy.batch(() =>
    cy.nodes().forEach((node) => {
      if (hidden.has(node.id())) node.addClass(FM.labelHidden)
      else node.removeClass(FM.labelHidden)
    }),
  )
}

/**
 * Facilitator mode on the canvas: the projector theme, labels that keep their size on screen
 * whatever the zoom (and give way to more important ones instead of overlapping), and the
 * spotlight. react-cytoscapejs rewrites an element's classes when its own change, so the
 * classes are put back right after each such change and on every new element.
 */
export function useFacilitatorLayer(cy: Core | null): void {
  const t = useT()
  const presenting = usePresentationStore(selectPresenting)
  const dark = usePresentationStore(selectTheme) === 'dark'
  const buildUp = usePresentationStore(selectBuildUp)
  const spotlight = useSpotlightStore(selectSpotlight)

  useEffect(
    function applyFacilitatorLayer() {
      if (!cy || cy.destroyed()) return
      const tieLabel = (type: string) => t.vocab.relationType[type as RelationType] ?? type
      const options: LayerOptions = { presenting, dark, buildUp, spotlight, tieLabel }
      let applying = false
      let frame = 0
      const run = (work: () => void) => {
        applying = true
        try {
          work()
        } finally {
          applying = false
        }
      }
      const relabel = () => {
        if (cy.destroyed()) return
        run(() => setLabelSizes(cy, cy.zoom()))
        // Cytoscape measures labels when it next draws; the boxes are read one frame later.
        frame = requestAnimationFrame(() => {
          frame = 0
          if (presenting && !cy.destroyed()) run(() => thinLabels(cy))
          // The view changed again meanwhile: measure once more.
          if (stale) scheduleRelabel()
        })
      }
      let stale = false
      const scheduleRelabel = () => {
        if (applying) return
        if (frame !== 0) {
          stale = true
          return
        }
        stale = false
        frame = requestAnimationFrame(relabel)
      }
      const reapply = () => {
        if (applying || cy.destroyed()) return
        run(() => applyLayer(cy, options))
        scheduleRelabel()
      }
      reapply()
      cy.on('add remove class', reapply)
      cy.on('viewport resize data position', scheduleRelabel)
      return () => {
        cancelAnimationFrame(frame)
        if (cy.destroyed()) return
        cy.off('add remove class', reapply)
        cy.off('viewport resize data position', scheduleRelabel)
        run(() => cy.elements().removeClass(ALL_CLASSES))
      }
    },
    [cy, presenting, dark, buildUp, spotlight, t],
  )

  useEffect(
    function spotlightOnClick() {
      if (!cy || cy.destroyed()) return
      // In presentation mode a click spotlights; in the explorer a click opens the details,
      // and Shift+click spotlights.
      const onTap = (event: EventObject) => {
        const original = event.originalEvent as MouseEvent | undefined
        if (!presenting && !original?.shiftKey) return
        const actorId = actorIdOfNode(event.target.id())
        if (!actorId) return
        const store = useSpotlightStore.getState()
        if (store.actorIds.includes(actorId))
          store.setSpotlight(store.actorIds.filter((id) => id !== actorId))
        else store.spotlight(actorId)
      }
      cy.on('tap', 'node', onTap)
      return () => {
        if (!cy.destroyed()) cy.off('tap', 'node', onTap)
      }
    },
    [cy, presenting],
  )
}
