import type { Core, ElementDefinition, StylesheetJson } from 'cytoscape'

/**
 * A network drawn before the app's code ran (earlyGraph.ts), waiting for the app's canvas
 * to take it over: the canvas adopts the Cytoscape core instead of drawing the same network
 * again, and patches whatever differs from what was drawn.
 */
export interface EarlyGraph {
  cy: Core
  /**
   * The element around Cytoscape's container, which is what moves into the app's canvas on
   * adoption: Cytoscape destroys its renderer when its container leaves its parent element.
   */
  frame: HTMLElement
  /** The case drawn: only a canvas showing this case adopts it. */
  caseId: string
  /** What was drawn, for the canvas to compare its own elements and stylesheet with. */
  elements: ElementDefinition[]
  stylesheet: StylesheetJson
}

let offered: EarlyGraph | null = null

export function offerEarlyGraph(graph: EarlyGraph): void {
  discardEarlyGraph()
  offered = graph
}

/** The early graph of `caseId`, once; null if there is none or it shows another case. */
export function takeEarlyGraph(caseId: string): EarlyGraph | null {
  if (offered === null || offered.caseId !== caseId || offered.cy.destroyed()) return null
  const graph = offered
  offered = null
  return graph
}

/**
 * Removes an early graph nobody adopted (the app shows something else: an error, another
 * screen). The app calls this once its first screen is up; after an adoption it does nothing.
 */
export function discardEarlyGraph(): void {
  if (offered === null) return
  const { cy, frame } = offered
  offered = null
  if (!cy.destroyed()) cy.destroy()
  frame.remove()
}
