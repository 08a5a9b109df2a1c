interface LineSwatchProps {
  colour: string
  dash: readonly number[] | null
  width?: number
  arrow?: boolean
}

/** A short sample of an edge style (colour, dash pattern, optional arrow head). Decorative. */
export function LineSwatch({ colour, dash, width = 3, arrow = false }: LineSwatchProps) {
  return (
    <svg
      className="line-swatch"
      width={40}
      height={14}
      viewBox="0 0 40 14"
      aria-hidden="true"
      focusable="false"
    >
      <line
        x1={2}
        y1={7}
        x2={arrow ? 30 : 38}
        y2={7}
        stroke={colour}
        strokeWidth={width}
        strokeDasharray={dash ? dash.join(' ') : undefined}
      />
      {arrow && <polygon points="29,2 38,7 29,12" fill={colour} />}
    </svg>
  )
}
