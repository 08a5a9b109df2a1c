import type { CaseActor, CaseGraph } from '../../domain/caseGraph.ts'
import type { Phase, Relation } from '../../domain/schema.ts'

export type Direction = 'out' | 'in' | 'both'

export interface RelationFact {
  relation: Relation
  direction: Direction
  other: CaseActor | undefined
}

/** An actor's relations in one phase, seen from the actor: direction and the other party. */
export function relationsOf(graph: CaseGraph, actorId: string, phaseId: string): RelationFact[] {
  return graph.relations
    .filter(
      (rel) => rel.phases.includes(phaseId) && (rel.source === actorId || rel.target === actorId),
    )
    .map((relation) => {
      const outgoing = relation.source === actorId
      const otherId = outgoing ? relation.target : relation.source
      const direction: Direction = !relation.directed ? 'both' : outgoing ? 'out' : 'in'
      return { relation, direction, other: graph.actors.find((a) => a.actor.id === otherId) }
    })
}

export interface PhaseInfluence {
  phase: Phase
  /** Null where the actor does not take part in the phase. */
  influence: number | null
}

export function influenceByPhase(graph: CaseGraph, actor: CaseActor): PhaseInfluence[] {
  return graph.phases.map((phase) => ({
    phase,
    influence: actor.positions.get(phase.id)?.influence ?? null,
  }))
}
