import type { Core } from 'cytoscape'
import { useEffect } from 'react'
import { FIRST_GRAPH_MARK, markOnce } from './perfMarks.ts'

/** Marks the page's first drawn network (the first `render` event with elements) for the benchmark. */
export function useFirstDrawMark(cy: Core | null): void {
  useEffect(
    function markFirstDraw() {
      if (!cy || cy.destroyed()) return
      const onRender = () => {
        if (cy.elements().length === 0) return
        cy.off('render', onRender)
        markOnce(FIRST_GRAPH_MARK)
      }
      cy.on('render', onRender)
      return () => {
        if (!cy.destroyed()) cy.off('render', onRender)
      }
    },
    [cy],
  )
}
