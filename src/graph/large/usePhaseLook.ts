import type Graph from 'graphology'
import { useEffect } from 'react'
import type { EdgeLook, NodeLook } from './largeModel.ts'

/**
 * Puts one phase's look on the drawn network: colours, sizes and labels of the actors, and the
 * relations that hold in the phase (or none, while `showEdges` is false). Positions stay where
 * the layout put them.
 */
export function usePhaseLook(
  network: Graph | null,
  ids: readonly string[],
  looks: { nodes: readonly NodeLook[]; edges: readonly EdgeLook[] },
  showEdges: boolean,
): void {
  useEffect(
    function applyPhaseLook() {
      if (!network) return
      const byId = new Map(ids.map((id, i) => [id, looks.nodes[i]]))
      network.updateEachNodeAttributes(
        (node, attributes) => {
          const look = byId.get(node)
          if (!look) return attributes
          attributes.label = look.label
          attributes.color = look.color
          attributes.size = look.size
          attributes.zIndex = look.present ? 1 : 0
          return attributes
        },
        { attributes: ['label', 'color', 'size', 'zIndex'] },
      )
      network.clearEdges()
      if (!showEdges) return
      for (const edge of looks.edges) {
        network.addEdgeWithKey(edge.key, edge.source, edge.target, {
          color: edge.color,
          size: edge.size,
          directed: edge.directed,
        })
      }
    },
    [network, ids, looks, showEdges],
  )
}
