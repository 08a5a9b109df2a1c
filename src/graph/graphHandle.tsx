import type { Core } from 'cytoscape'
import { createContext, type ReactNode, useContext, useMemo, useRef } from 'react'
import { fitGraph } from './fit.ts'
import { adaptViewport, type Viewport } from './viewport.ts'

/**
 * What features may do with the network without holding Cytoscape themselves. Export code
 * (in src/graph) reaches the core through `getCore()`.
 */
export interface GraphHandle {
  /** Fits the whole network into view. */
  fit: () => void
  /** The live core, or null while no graph is shown. */
  getCore: () => Core | null
  /** Zoom and pan of the network, or null while no graph is shown. */
  getViewport: () => Viewport | null
  setViewport: (viewport: Viewport) => void
  /** The large-network view (sigma.js), or null when Cytoscape draws the network. */
  getLargeView: () => LargeGraphView | null
}

/** What the large-network view offers in place of a Cytoscape core (see src/graph/large/). */
export interface LargeGraphView {
  fit: () => void
  /** The drawing as a PNG at screen size, or null if the browser could not encode it. */
  toPng: () => Promise<Blob | null>
}

export type { Viewport }

interface GraphRegistry {
  handle: GraphHandle
  register: (cy: Core | null) => void
  registerLarge: (view: LargeGraphView | null) => void
}

const GraphRegistryContext = createContext<GraphRegistry | null>(null)

/** Provides the graph handle to everything below it; GraphCanvas registers its core here. */
export function GraphHandleProvider({ children }: { children: ReactNode }) {
  const core = useRef<Core | null>(null)
  const large = useRef<LargeGraphView | null>(null)
  const registry = useMemo<GraphRegistry>(() => {
    const getCore = () => (core.current && !core.current.destroyed() ? core.current : null)
    return {
      register: (cy) => {
        core.current = cy
      },
      registerLarge: (view) => {
        large.current = view
      },
      handle: {
        getCore,
        getLargeView: () => large.current,
        fit: () => {
          const cy = getCore()
          if (cy) fitGraph(cy)
          else large.current?.fit()
        },
        getViewport: () => {
          const cy = getCore()
          return cy
            ? { zoom: cy.zoom(), pan: { ...cy.pan() }, width: cy.width(), height: cy.height() }
            : null
        },
        setViewport: (viewport) => {
          const cy = getCore()
          if (cy) cy.viewport(adaptViewport(viewport, cy.width(), cy.height()))
        },
      },
    }
  }, [])
  return <GraphRegistryContext.Provider value={registry}>{children}</GraphRegistryContext.Provider>
}

export function useGraphHandle(): GraphHandle {
  const registry = useContext(GraphRegistryContext)
  if (!registry) throw new Error('useGraphHandle needs a GraphHandleProvider above it')
  return registry.handle
}

/** For GraphCanvas only: where to register the core it owns. Null outside a provider. */
export function useGraphRegistry(): GraphRegistry | null {
  return useContext(GraphRegistryContext)
}
