import type { LayoutOptions } from 'cytoscape'

/** Positions come with the elements (computed once per case), so the layout only places them. */
export const PRESET_LAYOUT: LayoutOptions = { name: 'preset', fit: false, animate: false }

/** Core options of every detailed network canvas, the early drawing's included. */
export const CORE_OPTIONS = {
  minZoom: 0.2,
  maxZoom: 4,
  autoungrabify: true,
  autounselectify: true,
  boxSelectionEnabled: false,
} as const
