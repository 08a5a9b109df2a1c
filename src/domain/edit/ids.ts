import type { Dataset } from '../schema.ts'

const MAX_ID = 80

/** A lower-case slug of a label: a–z, 0–9 and hyphens, as the schema's ids require. */
export function slugify(label: string): string {
  const slug = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID - 6)
    .replace(/-+$/g, '')
  return slug === '' ? 'item' : slug
}

/** The first of `base`, `base-2`, `base-3`, … that is not taken. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`
    if (!taken.has(candidate)) return candidate
  }
}

export function freshActorId(dataset: Dataset, label: string): string {
  return uniqueId(slugify(label), new Set(dataset.actors.map((a) => a.id)))
}

/** Relation ids are unique across the whole dataset, not only within a case. */
export function freshRelationId(dataset: Dataset, source: string, target: string): string {
  const taken = new Set(dataset.cases.flatMap((c) => c.relations.map((r) => r.id)))
  return uniqueId(slugify(`${source}-${target}`).slice(0, 70), taken)
}

export function freshPhaseId(dataset: Dataset, caseId: string, label: string): string {
  const kase = dataset.cases.find((c) => c.id === caseId)
  return uniqueId(slugify(label), new Set(kase?.phases.map((p) => p.id) ?? []))
}
