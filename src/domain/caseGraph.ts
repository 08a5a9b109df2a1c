import type { Actor, Case, Dataset, Participant, Phase, Position, Relation } from './schema.ts'

/** One actor of a case, with its position (roles, influence) in each phase it takes part in. */
export interface CaseActor {
  actor: Actor
  participant: Participant
  /** Keyed by phase id; absent where the actor does not take part in that phase. */
  positions: ReadonlyMap<string, Position>
}

/** A case over all its phases: the union of actors and relations. Layout is computed on this. */
export interface CaseGraph {
  kase: Case
  phases: readonly Phase[]
  actors: readonly CaseActor[]
  relations: readonly Relation[]
}

/** An actor as it stands in one phase. */
export interface PhaseActor {
  actor: Actor
  participant: Participant
  position: Position
}

/** The network of one phase: actors taking part and the relations that hold in it. */
export interface PhaseGraph {
  kase: Case
  phase: Phase
  actors: readonly PhaseActor[]
  relations: readonly Relation[]
}

export function findCase(dataset: Dataset, caseId: string): Case | undefined {
  return dataset.cases.find((kase) => kase.id === caseId)
}

/** Builds the union graph of a case. Expects a dataset that passed `parseDataset`. */
export function buildCaseGraph(dataset: Dataset, kase: Case): CaseGraph {
  const actorsById = new Map(dataset.actors.map((actor) => [actor.id, actor]))
  const actors: CaseActor[] = []
  for (const participant of kase.participants) {
    const actor = actorsById.get(participant.actor)
    if (!actor) continue
    actors.push({
      actor,
      participant,
      positions: new Map(participant.positions.map((position) => [position.phase, position])),
    })
  }
  const phases = [...kase.phases].sort((a, b) => a.order - b.order)
  return { kase, phases, actors, relations: kase.relations }
}

/** The network of one phase of a case graph. Relations whose ends are absent are left out. */
export function phaseGraph(graph: CaseGraph, phaseId: string): PhaseGraph | undefined {
  const phase = graph.phases.find((p) => p.id === phaseId)
  if (!phase) return undefined
  const actors: PhaseActor[] = []
  for (const { actor, participant, positions } of graph.actors) {
    const position = positions.get(phaseId)
    if (position) actors.push({ actor, participant, position })
  }
  const present = new Set(actors.map((a) => a.actor.id))
  const relations = graph.relations.filter(
    (rel) => rel.phases.includes(phaseId) && present.has(rel.source) && present.has(rel.target),
  )
  return { kase: graph.kase, phase, actors, relations }
}

/** The phase before `phaseId` in the case, if any. */
export function previousPhase(graph: CaseGraph, phaseId: string): Phase | undefined {
  const index = graph.phases.findIndex((p) => p.id === phaseId)
  return index > 0 ? graph.phases[index - 1] : undefined
}
