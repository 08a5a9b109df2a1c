/**
 * The stored shape of a workspace (IndexedDB record). Node positions live here, per case
 * and actor, and not in the Dataset schema: they are a matter of one user's view, and the
 * dataset stays exchangeable with every importer and exporter unchanged.
 */
export const WORKSPACE_SCHEMA_VERSION = 2

export interface Point {
  x: number
  y: number
}

/** Actor id → model position of its node. */
export type CasePositions = Record<string, Point>
