import type { Relation } from '../schema.ts'
import type { RelationType } from '../vocabulary.ts'
import { type Change, change } from './change.ts'

export type RelationStatus = 'appeared' | 'ended' | 'strengthened' | 'weakened' | 'unchanged'

/**
 * How a tie between two actors changed. A tie is identified by its type and its unordered
 * pair of actors, not by relation id: the schema gives a relation one strength for all its
 * phases, so a tie that grows stronger is recorded as a second relation with another id and
 * other phases. Relations of the same key within one phase add up, as in the measures.
 * Direction plays no part in the match. Conflicts are included: a dispute that starts or
 * ends is part of the story even though it counts in no structural measure. Self-loops are
 * skipped.
 */
export interface RelationChange {
  /** `type|a|b` with a < b. */
  key: string
  type: RelationType
  /** The two actors, sorted. */
  actors: readonly [string, string]
  status: RelationStatus
  /** Summed strength in each phase; `null` where the tie is absent. */
  strength: Change
  fromIds: string[]
  toIds: string[]
}

interface Tie {
  type: RelationType
  actors: [string, string]
  strength: number
  ids: string[]
}

function tiesByKey(relations: readonly Relation[]): Map<string, Tie> {
  const ties = new Map<string, Tie>()
  for (const rel of relations) {
    if (rel.source === rel.target) continue
    const actors: [string, string] =
      rel.source < rel.target ? [rel.source, rel.target] : [rel.target, rel.source]
    const key = `${rel.type}|${actors[0]}|${actors[1]}`
    const tie = ties.get(key)
    if (tie) {
      tie.strength += rel.strength
      tie.ids.push(rel.id)
    } else ties.set(key, { type: rel.type, actors, strength: rel.strength, ids: [rel.id] })
  }
  return ties
}

function statusOf(from: Tie | undefined, to: Tie | undefined): RelationStatus {
  if (!from) return 'appeared'
  if (!to) return 'ended'
  if (to.strength > from.strength) return 'strengthened'
  if (to.strength < from.strength) return 'weakened'
  return 'unchanged'
}

/** Every tie of either phase with what happened to it: ties of `from` first, then new ones. */
export function diffRelations(
  from: readonly Relation[],
  to: readonly Relation[],
): RelationChange[] {
  const before = tiesByKey(from)
  const after = tiesByKey(to)
  const keys = [...new Set([...before.keys(), ...after.keys()])]
  return keys.map((key) => {
    const a = before.get(key)
    const b = after.get(key)
    const tie = (a ?? b) as Tie
    return {
      key,
      type: tie.type,
      actors: tie.actors,
      status: statusOf(a, b),
      strength: change(a?.strength, b?.strength),
      fromIds: a?.ids ?? [],
      toIds: b?.ids ?? [],
    }
  })
}
