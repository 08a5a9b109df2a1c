import type { Core } from 'cytoscape'
import { createContext, type ReactNode, useContext, useMemo, useRef } from 'react'
import { fitGraph } from './fit.ts'

/**
 * What features may do with the network without holding Cytoscape themselves. Export code
 * (in src/graph) reaches the core through `getCore()`.
 */
export interface GraphHandle {
  /** Fits the whole network into view. */
  fit: () => void
  /** The live core, or null while no graph is shown. */
  getCore: () => Core | null
}

interface GraphRegistry {
  handle: GraphHandle
  register: (cy: Core | null) => void
}

const GraphRegistryContext = createContext<GraphRegistry | null>(null)

/** Provides the graph handle to everything below it; GraphCanvas registers its core here. */
export function GraphHandleProvider({ children }: { children: ReactNode }) {
  const core = useRef<Core | null>(null)
  const registry = useMemo<GraphRegistry>(() => {
    const getCore = () => (core.current && !core.current.destroyed() ? core.current : null)
    return {
      register: (cy) => {
        core.current = cy
      },
      handle: {
        getCore,
        fit: () => {
          const cy = getCore()
          if (cy) fitGraph(cy)
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
