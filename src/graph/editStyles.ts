import type { StylesheetJson } from 'cytoscape'

/** Class of the relation chosen in edit mode. */
export const EDIT_SELECTED = 'edit-selected'

/** Styles for drawing relations with edgehandles and for the chosen relation in edit mode. */
export const EDIT_STYLES: StylesheetJson = [
  {
    selector: '.eh-ghost-node',
    style: { width: 1, height: 1, opacity: 0, label: '' },
  },
  {
    selector: '.eh-preview, .eh-ghost-edge',
    style: {
      'line-color': '#1f6feb',
      'target-arrow-color': '#1f6feb',
      'line-style': 'dashed',
      width: 3,
      opacity: 1,
    },
  },
  {
    selector: 'node.eh-source, node.eh-target, node.eh-hover',
    style: { 'border-width': 4, 'border-color': '#1f6feb', 'border-opacity': 1 },
  },
  {
    selector: `edge.${EDIT_SELECTED}`,
    style: {
      'underlay-color': '#1f6feb',
      'underlay-opacity': 0.35,
      'underlay-padding': 6,
      opacity: 1,
    },
  },
]
