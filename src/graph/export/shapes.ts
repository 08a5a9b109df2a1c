import type { NodeShape } from '../encoding.ts'

/**
 * Corner points of the node shapes, as Cytoscape draws them, for a box centred on (cx, cy).
 * Null for the ellipse and the rounded rectangle, which are drawn natively.
 */
export function shapePoints(
  shape: NodeShape,
  cx: number,
  cy: number,
  w: number,
  h: number,
): [number, number][] | null {
  const x = (f: number) => cx + (f * w) / 2
  const y = (f: number) => cy + (f * h) / 2
  switch (shape) {
    case 'ellipse':
    case 'round-rectangle':
      return null
    case 'hexagon':
      return [
        [x(-1), y(0)],
        [x(-0.5), y(-1)],
        [x(0.5), y(-1)],
        [x(1), y(0)],
        [x(0.5), y(1)],
        [x(-0.5), y(1)],
      ]
    case 'diamond':
      return [
        [x(0), y(-1)],
        [x(1), y(0)],
        [x(0), y(1)],
        [x(-1), y(0)],
      ]
    case 'triangle':
      return [
        [x(0), y(-1)],
        [x(1), y(1)],
        [x(-1), y(1)],
      ]
    case 'rhomboid':
      return [
        [x(-1 / 3), y(-1)],
        [x(1), y(-1)],
        [x(1 / 3), y(1)],
        [x(-1), y(1)],
      ]
  }
}
