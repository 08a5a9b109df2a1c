import type { PartyType } from '../domain/vocabulary.ts'
import { PARTY_STYLE } from '../graph/encoding.ts'

/**
 * A hatching per party type on top of its colour, so a chart never relies on colour alone
 * (the network uses shapes for the same purpose). Drawn in a `<defs>` of the chart's SVG.
 */
const HATCH: Record<PartyType, string | null> = {
  burgers: null,
  maatschappelijk: 'M0,6 L6,0',
  markt: 'M1,1 h1 v1 h-1 Z M4,4 h1 v1 h-1 Z',
  overheid: 'M0,1.5 H6 M0,4.5 H6',
  kennis: 'M0,0 L6,6 M6,0 L0,6',
  professionals: 'M1.5,0 V6 M4.5,0 V6',
}

export const patternId = (base: string, type: PartyType) => `${base}-${type}`

/** `<pattern>` elements for every party type; reference them with `url(#patternId(...))`. */
export function PartyPatterns({ base }: { base: string }) {
  return (
    <defs>
      {(Object.keys(HATCH) as PartyType[]).map((type) => {
        const hatch = HATCH[type]
        return (
          <pattern
            key={type}
            id={patternId(base, type)}
            width={6}
            height={6}
            patternUnits="userSpaceOnUse"
          >
            <rect width={6} height={6} fill={PARTY_STYLE[type].colour} />
            {hatch && <path d={hatch} stroke="#1f2933" strokeOpacity={0.55} strokeWidth={1} />}
          </pattern>
        )
      })}
    </defs>
  )
}

/** A small square in a party type's colour and hatching, for keys. Decorative. */
export function PartySwatch({ type, size = 14 }: { type: PartyType; size?: number }) {
  const hatch = HATCH[type]
  return (
    <svg width={size} height={size} viewBox="0 0 6 6" aria-hidden="true" focusable="false">
      <rect width={6} height={6} fill={PARTY_STYLE[type].colour} />
      {hatch && <path d={hatch} stroke="#1f2933" strokeOpacity={0.55} strokeWidth={0.7} />}
      <rect width={6} height={6} fill="none" stroke="#1f2933" strokeWidth={0.4} />
    </svg>
  )
}
