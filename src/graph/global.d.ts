import type { Core } from 'cytoscape'

declare global {
  interface Window {
    /** The live Cytoscape core, for end-to-end tests that read positions and styles. */
    __wijknetwerk?: { cy: Core }
  }
}

export {}
