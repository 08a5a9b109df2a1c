import type { NodeShape } from '../graph/encoding.ts'
import { assertNever } from '../lib/assertNever.ts'

interface ShapeIconProps {
  shape: NodeShape
  colour: string
  /** Edge length of the square the icon is drawn in, in px. */
  size?: number
  dashed?: boolean
  faded?: boolean
}

/** A party-type shape as an inline SVG, matching the node shapes on the canvas. Decorative. */
export function ShapeIcon({
  shape,
  colour,
  size = 20,
  dashed = false,
  faded = false,
}: ShapeIconProps) {
  const common = {
    fill: colour,
    stroke: '#1f2933',
    strokeWidth: 1.5,
    strokeOpacity: dashed ? 1 : 0.55,
    strokeDasharray: dashed ? '3 2' : undefined,
  }
  return (
    <svg
      className="shape-icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      opacity={faded ? 0.35 : 1}
    >
      {outline(shape, common)}
    </svg>
  )
}

function outline(shape: NodeShape, props: Record<string, unknown>) {
  switch (shape) {
    case 'ellipse':
      return <circle cx={12} cy={12} r={10} {...props} />
    case 'round-rectangle':
      return <rect x={2.5} y={2.5} width={19} height={19} rx={5} {...props} />
    case 'hexagon':
      return <polygon points="2,12 7,3 17,3 22,12 17,21 7,21" {...props} />
    case 'diamond':
      return <polygon points="12,2 22,12 12,22 2,12" {...props} />
    case 'triangle':
      return <polygon points="12,2.5 22,21 2,21" {...props} />
    case 'rhomboid':
      return <polygon points="2,3 15.3,3 22,21 8.7,21" {...props} />
    default:
      return assertNever(shape)
  }
}
