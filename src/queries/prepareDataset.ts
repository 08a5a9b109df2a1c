import { buildCaseGraph } from '../domain/caseGraph.ts'
import type { Dataset } from '../domain/schema.ts'
import { computeCaseLayout, type Positions } from '../graph/layout.ts'
import { rendererFor } from '../graph/levelOfDetail.ts'

/** Positions by case id, for the cases the detailed (Cytoscape) view draws. */
export type CaseLayouts = Record<string, Positions>

/**
 * The order in which a dataset's cases are laid out ahead of time: the case the address asks
 * for first (its graph is drawn first), then the others in the dataset's order. Cases for the
 * large-network view are left out: that view lays out in a worker of its own.
 */
export function layoutOrder(dataset: Dataset, firstCaseId: string | null): string[] {
  const detailed = dataset.cases
    .filter((kase) => rendererFor(buildCaseGraph(dataset, kase).actors.length) === 'cytoscape')
    .map((kase) => kase.id)
  const first = detailed.filter((id) => id === firstCaseId)
  return [...first, ...detailed.filter((id) => id !== firstCaseId)]
}

/** The seeded case layout of each named case: the same positions `caseLayout` would give. */
export function layoutCases(dataset: Dataset, caseIds: readonly string[]): CaseLayouts {
  const layouts: CaseLayouts = {}
  for (const id of caseIds) {
    const kase = dataset.cases.find((c) => c.id === id)
    if (kase) layouts[id] = computeCaseLayout(buildCaseGraph(dataset, kase))
  }
  return layouts
}
