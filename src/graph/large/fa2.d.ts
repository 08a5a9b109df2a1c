// graphology-layout-forceatlas2 ships no types for its matrix-level modules.
declare module 'graphology-layout-forceatlas2/iterate.js' {
  /** One ForceAtlas2 iteration over the node (10 floats a node) and edge (3 floats) matrices. */
  export default function iterate(
    options: Record<string, number | boolean>,
    nodes: Float32Array,
    edges: Float32Array,
  ): unknown
}
declare module 'graphology-layout-forceatlas2/defaults.js' {
  const defaults: Record<string, number | boolean>
  export default defaults
}
