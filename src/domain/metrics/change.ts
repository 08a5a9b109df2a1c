/** A number in two phases. `null` where it does not exist (the actor is absent, the index undefined). */
export interface Change {
  from: number | null
  to: number | null
  /** to − from; `null` unless both exist. */
  delta: number | null
}

/** Pairs two values into a change. */
export function change(from: number | null | undefined, to: number | null | undefined): Change {
  const a = from ?? null
  const b = to ?? null
  return { from: a, to: b, delta: a === null || b === null ? null : b - a }
}
