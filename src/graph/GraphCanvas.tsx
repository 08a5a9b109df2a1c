import type { Core, ElementDefinition, EventObject } from 'cytoscape'
import { type CSSProperties, useCallback, useEffect, useRef, useState } from 'react'
import { CORE_OPTIONS, PRESET_LAYOUT } from './coreOptions.ts'
import { AdoptingCytoscape } from './early/AdoptingCytoscape.tsx'
import { pageStorage, rememberPlacement } from './early/stagePlacement.ts'
import { TRANSITION_MS } from './encoding.ts'
import { useFacilitatorLayer } from './facilitatorLayer.ts'
import { fitGraph } from './fit.ts'
import { useGraphRegistry } from './graphHandle.tsx'
import { cytoscapeDetailFor, stylesheetFor } from './levelOfDetail.ts'
import { STYLESHEET, STYLESHEET_REDUCED_MOTION } from './stylesheet.ts'
import { actorIdOfNode } from './toElements.ts'
import { usePrefersReducedMotion } from './usePrefersReducedMotion.ts'
import { useFirstDrawMark } from './useFirstDrawMark.ts'
import { type GraphEditing, useGraphEditing } from './useGraphEditing.ts'

// Module constants: react-cytoscapejs re-runs the layout or restyles when a reference changes.
const CONTAINER_STYLE: CSSProperties = { width: '100%', height: '100%' }

export interface GraphCanvasProps {
  elements: ElementDefinition[]
  /** When this changes (another case), the view is fitted to the new network. */
  fitKey: string
  onSelectActor: (actorId: string | null) => void
  /** Tests in jsdom may mount a headless core. */
  headless?: boolean
  /** Edit mode of a workspace case (useGraphEditing.ts); absent = read-only. */
  editing?: GraphEditing
  /**
   * The explorer's canvas: it takes over the network drawn before the app loaded
   * (graph/early) and keeps its place on screen for the next load's early drawing.
   */
  firstOnPage?: boolean
}

/**
 * The one owner of Cytoscape. Listeners are added in effects and removed in their cleanup;
 * react-cytoscapejs calls its `cy` prop after every render and, under StrictMode, hands over a
 * second instance after destroying the first, so the core is kept per instance in state.
 */
export function GraphCanvas({
  elements,
  fitKey,
  onSelectActor,
  headless = false,
  editing,
  firstOnPage = false,
}: GraphCanvasProps) {
  const [cy, setCy] = useState<Core | null>(null)
  const registry = useGraphRegistry()
  const reducedMotion = usePrefersReducedMotion()
  useFacilitatorLayer(cy)
  useFirstDrawMark(cy)
  useGraphEditing(cy, editing)
  // Bigger networks get a lighter style (levelOfDetail.ts); the bundled cases keep the full one.
  const detail = cytoscapeDetailFor(elements)
  const onSelect = useRef(onSelectActor)
  useEffect(function keepLatestCallback() {
    onSelect.current = onSelectActor
  })

  const receiveCore = useCallback((instance: Core) => setCy(instance), [])

  useEffect(
    function exposeCore() {
      if (!cy || cy.destroyed()) return
      registry?.register(cy)
      window.__wijknetwerk = { cy }
      return () => {
        registry?.register(null)
        if (window.__wijknetwerk?.cy === cy) delete window.__wijknetwerk
      }
    },
    [cy, registry],
  )

  useEffect(
    function listenForTaps() {
      if (!cy || cy.destroyed()) return
      const onTapNode = (event: EventObject) => onSelect.current(actorIdOfNode(event.target.id()))
      const onTapBackground = (event: EventObject) => {
        if (event.target === cy) onSelect.current(null)
      }
      const container = cy.container()
      const pointer = () => container?.style.setProperty('cursor', 'pointer')
      const noPointer = () => container?.style.removeProperty('cursor')
      cy.on('tap', 'node', onTapNode)
      cy.on('tap', onTapBackground)
      cy.on('mouseover', 'node', pointer)
      cy.on('mouseout', 'node', noPointer)
      return () => {
        if (cy.destroyed()) return
        cy.off('tap', 'node', onTapNode)
        cy.off('tap', onTapBackground)
        cy.off('mouseover', 'node', pointer)
        cy.off('mouseout', 'node', noPointer)
      }
    },
    [cy],
  )

  useEffect(
    function fadeInNewEdges() {
      if (!cy || cy.destroyed() || reducedMotion || headless) return
      // Relations that start to hold in a phase are added; fade them in like the node changes.
      const onAdd = (event: EventObject) => {
        const edge = event.target
        edge.style('opacity', 0)
        edge.animate(
          { style: { opacity: 0.9 } },
          { duration: TRANSITION_MS, complete: () => edge.removeStyle('opacity') },
        )
      }
      cy.on('add', 'edge', onAdd)
      return () => {
        if (!cy.destroyed()) cy.off('add', 'edge', onAdd)
      }
    },
    [cy, reducedMotion, headless],
  )

  useEffect(
    function fitOnNewCase() {
      if (cy && !cy.destroyed()) fitGraph(cy)
    },
    [cy, fitKey],
  )

  useEffect(
    function refitOnResize() {
      const container = cy?.container()
      if (!cy || !container || typeof ResizeObserver === 'undefined') return
      let frame = 0
      const observer = new ResizeObserver(() => {
        cancelAnimationFrame(frame)
        frame = requestAnimationFrame(() => {
          if (cy.destroyed()) return
          cy.resize()
          fitGraph(cy)
          if (firstOnPage) remember(container)
        })
      })
      observer.observe(container)
      return () => {
        cancelAnimationFrame(frame)
        observer.disconnect()
      }
    },
    [cy, firstOnPage],
  )

  return (
    <AdoptingCytoscape
      adoptEarlyGraphOf={firstOnPage ? fitKey : undefined}
      elements={elements}
      stylesheet={stylesheetFor(reducedMotion ? STYLESHEET_REDUCED_MOTION : STYLESHEET, detail)}
      hideEdgesOnViewport={detail.hideEdgesOnViewport}
      textureOnViewport={detail.textureOnViewport}
      layout={PRESET_LAYOUT}
      cy={receiveCore}
      style={CONTAINER_STYLE}
      className="graph-canvas__cy"
      headless={headless}
      styleEnabled={headless ? true : undefined}
      {...CORE_OPTIONS}
    />
  )
}

function remember(container: HTMLElement): void {
  // The element react-cytoscapejs renders: an adopted early container inside it may still be
  // gliding into place (a transform), this one is where the canvas stays.
  const frame = container.closest('.graph-canvas__cy') ?? container
  // A presentation fills the window; the next load starts in the explorer's layout.
  if (frame.closest('.app--presenting')) return
  const { left, top, width, height } = frame.getBoundingClientRect()
  const viewport = { width: window.innerWidth, height: window.innerHeight }
  rememberPlacement({ left, top, width, height }, viewport, pageStorage())
}
