import type { Core } from 'cytoscape'

export const FIT_PADDING = 20
/** A case with few actors would otherwise be blown up to fill the screen. */
export const MAX_FIT_ZOOM = 1.5

/** Fits the whole network into view, without zooming in beyond `MAX_FIT_ZOOM`. */
export function fitGraph(cy: Core): void {
  if (cy.destroyed() || cy.elements().length === 0) return
  cy.fit(cy.elements(), FIT_PADDING)
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM)
    cy.center(cy.elements())
  }
}
