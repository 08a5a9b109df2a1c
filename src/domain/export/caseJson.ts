import type { Dataset, Provenance } from '../schema.ts'

/**
 * One case as a dataset of its own, in the app's format: the case, the actors taking part in
 * it and every source its records cite. The result passes `parseDataset`, so it can be loaded
 * back into the app or shared.
 */
export function caseDataset(dataset: Dataset, caseId: string): Dataset {
  const kase = dataset.cases.find((c) => c.id === caseId)
  if (!kase) throw new Error(`case '${caseId}' is not in the dataset`)
  const actorIds = new Set(kase.participants.map((p) => p.actor))
  const actors = dataset.actors.filter((a) => actorIds.has(a.id))
  const cited = new Set<string>()
  const cite = (p: Provenance) => p.sources?.forEach((id) => cited.add(id))
  cite(kase.provenance)
  kase.phases.forEach((p) => cite(p.provenance))
  kase.relations.forEach((r) => cite(r.provenance))
  for (const participant of kase.participants) {
    cite(participant.provenance)
    participant.positions.forEach((p) => cite(p.provenance))
  }
  actors.forEach((a) => cite(a.provenance))
  return {
    ...dataset,
    sources: dataset.sources.filter((s) => cited.has(s.id)),
    actors,
    cases: [kase],
  }
}

/** The JSON text of a dataset, indented like the bundled file. */
export function datasetJson(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`
}
