import type { Case, Dataset, Provenance } from '../schema.ts'

function citedSources(kase: Case, actorProvenance: readonly Provenance[]): Set<string> {
  const all: Provenance[] = [
    kase.provenance,
    ...kase.phases.map((p) => p.provenance),
    ...kase.participants.flatMap((p) => [p.provenance, ...p.positions.map((x) => x.provenance)]),
    ...kase.relations.map((r) => r.provenance),
    ...actorProvenance,
  ]
  return new Set(all.flatMap((p) => p.sources ?? []))
}

/**
 * A new dataset holding one case of `dataset` with exactly the actors and sources it refers
 * to, so the copy passes `parseDataset` on its own and can be edited without touching the
 * original. Provenance is copied as it is: the copy starts as the same claims.
 */
export function copyCaseToDataset(dataset: Dataset, caseId: string, title: string): Dataset | null {
  const kase = dataset.cases.find((c) => c.id === caseId)
  if (!kase) return null
  const actorIds = new Set(kase.participants.map((p) => p.actor))
  const actors = dataset.actors.filter((a) => actorIds.has(a.id))
  const sourceIds = citedSources(
    kase,
    actors.map((a) => a.provenance),
  )
  return {
    format: dataset.format,
    version: dataset.version,
    title,
    disclaimer: dataset.disclaimer,
    ...(dataset.disclaimerEn !== undefined ? { disclaimerEn: dataset.disclaimerEn } : {}),
    sources: dataset.sources.filter((s) => sourceIds.has(s.id)),
    actors,
    cases: [kase],
  }
}
