import type {
  Actor,
  Case,
  Dataset,
  Participant,
  Phase,
  Provenance,
  Relation,
} from '../../schema.ts'

/**
 * The flat records the CSV, GEXF and GraphML writers share: one row per actor of a case, per
 * relation, per phase and per position, with the column names the importers read back.
 */
export type FlatRow = [column: string, value: string | undefined][]

/** The columns of `actorRow` besides id and label, in the order every format writes them. */
export const ACTOR_ATTRIBUTE_COLUMNS = [
  'label_en',
  'party_type',
  'category',
  'description',
  'description_en',
  'provenance',
  'sources',
  'provenance_note',
  'motive',
  'motive_en',
  'participation_provenance',
  'participation_sources',
  'participation_provenance_note',
]

export function provenanceColumns(p: Provenance, prefix = ''): FlatRow {
  return [
    [`${prefix}provenance`, p.kind],
    [`${prefix}sources`, p.sources?.join('|')],
    [`${prefix}provenance_note`, p.note],
  ]
}

export function actorRow(actor: Actor, participant: Participant): FlatRow {
  return [
    ['id', actor.id],
    ['label', actor.label],
    ['label_en', actor.labelEn],
    ['party_type', actor.partyType],
    ['category', actor.category],
    ['description', actor.description],
    ['description_en', actor.descriptionEn],
    ...provenanceColumns(actor.provenance),
    ['motive', participant.motive],
    ['motive_en', participant.motiveEn],
    ...provenanceColumns(participant.provenance, 'participation_'),
  ]
}

export function relationRow(relation: Relation): FlatRow {
  return [
    ['id', relation.id],
    ['from', relation.source],
    ['to', relation.target],
    ['type', relation.type],
    ['direction', relation.directed ? 'directed' : 'undirected'],
    ['strength', String(relation.strength)],
    ['phases', relation.phases.join('|')],
    ['label', relation.label],
    ['label_en', relation.labelEn],
    ...provenanceColumns(relation.provenance),
  ]
}

export function phaseRow(phase: Phase): FlatRow {
  return [
    ['id', phase.id],
    ['order', String(phase.order)],
    ['label', phase.label],
    ['label_en', phase.labelEn],
    ['start', phase.period?.start],
    ['end', phase.period?.end],
    ['story', phase.story],
    ['story_en', phase.storyEn],
    ['narrative', phase.narrative],
    ['narrative_en', phase.narrativeEn],
    ...provenanceColumns(phase.provenance),
  ]
}

export function positionRows(participant: Participant): FlatRow[] {
  return participant.positions.map((pos) => [
    ['actor', participant.actor],
    ['phase', pos.phase],
    ['roles', pos.roles.join('|')],
    ['influence', String(pos.influence)],
    ...provenanceColumns(pos.provenance),
  ])
}

/** The actors taking part in a case, with their participation, in the dataset's actor order. */
export function caseActors(
  dataset: Dataset,
  kase: Case,
): { actor: Actor; participant: Participant }[] {
  const byId = new Map(dataset.actors.map((a) => [a.id, a]))
  return kase.participants.flatMap((participant) => {
    const actor = byId.get(participant.actor)
    return actor ? [{ actor, participant }] : []
  })
}

/** The sources cited anywhere in a case. */
export function citedSources(dataset: Dataset, kase: Case) {
  const cited = new Set<string>()
  const visit = (p: Provenance) => p.sources?.forEach((s) => cited.add(s))
  for (const { actor, participant } of caseActors(dataset, kase)) {
    visit(actor.provenance)
    visit(participant.provenance)
    participant.positions.forEach((pos) => visit(pos.provenance))
  }
  kase.phases.forEach((p) => visit(p.provenance))
  kase.relations.forEach((r) => visit(r.provenance))
  visit(kase.provenance)
  return dataset.sources.filter((s) => cited.has(s.id))
}
