import cytoscape from 'cytoscape'
import { DEFAULT_COLOUR_MODE } from '../../state/graphOptionsStore.ts'
import { CORE_OPTIONS, PRESET_LAYOUT } from '../coreOptions.ts'
import { applySizeScale } from '../diffElements.ts'
import { fitGraph } from '../fit.ts'
import { computeCaseLayout, type Positions } from '../layout.ts'
import { cytoscapeDetailFor, stylesheetFor } from '../levelOfDetail.ts'
import { FIRST_GRAPH_MARK, markOnce } from '../perfMarks.ts'
import { influenceScale } from '../sizeScale.ts'
import { STYLESHEET, STYLESHEET_REDUCED_MOTION } from '../stylesheet.ts'
import { toElements } from '../toElements.ts'
import type { EarlyView } from './earlyView.ts'
import { offerEarlyGraph } from './handoff.ts'
import type { Placement } from './stagePlacement.ts'

export { earlyViewOf } from './earlyView.ts'

/**
 * Draws the address's network before the app's code is loaded and evaluated, with what the
 * explorer would draw first (its elements, sizes by influence, stylesheet and fit), and offers
 * it to the explorer's canvas, which adopts it (handoff.ts). Returns the case's positions,
 * for the app's layout cache.
 */
export function drawEarlyGraph(view: EarlyView, placement: Placement): Positions {
  const { graph, phaseId } = view
  const positions = computeCaseLayout(graph)
  const base = toElements(graph, phaseId, positions, {
    lang: view.lang,
    colourMode: DEFAULT_COLOUR_MODE,
    selectedActorId: view.actorId,
    focusedActorId: null,
  })
  const elements = applySizeScale(base, phaseId, influenceScale(graph))
  const detail = cytoscapeDetailFor(elements)
  const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true
  const stylesheet = stylesheetFor(reducedMotion ? STYLESHEET_REDUCED_MOTION : STYLESHEET, detail)

  const frame = document.createElement('div')
  frame.className = 'early-graph'
  frame.setAttribute('aria-hidden', 'true')
  Object.assign(frame.style, {
    left: `${placement.left}px`,
    top: `${placement.top}px`,
    width: `${placement.width}px`,
    height: `${placement.height}px`,
  })
  const container = document.createElement('div')
  container.className = 'early-graph__cy'
  frame.append(container)
  document.body.append(frame)
  const cy = cytoscape({
    container,
    elements,
    style: stylesheet,
    layout: PRESET_LAYOUT,
    ...CORE_OPTIONS,
    hideEdgesOnViewport: detail.hideEdgesOnViewport,
    textureOnViewport: detail.textureOnViewport,
  })
  fitGraph(cy)
  cy.one('render', () => markOnce(FIRST_GRAPH_MARK))
  offerEarlyGraph({ cy, frame, caseId: graph.kase.id, elements, stylesheet })
  return positions
}
