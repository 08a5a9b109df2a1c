import type { ShareRow } from '../../components/ShareBars.tsx'
import type { CaseMetrics } from '../../domain/metrics/caseMetrics.ts'
import { PARTY_TYPES, type PartyType } from '../../domain/vocabulary.ts'
import { localized } from '../../i18n/index.ts'
import type { Lang } from '../../state/localeStore.ts'

/** One chart row per phase: its label and the party types' shares of influence. */
export function shareRows(measured: CaseMetrics, lang: Lang): ShareRow[] {
  return measured.phases.map(({ graph, metrics }) => ({
    key: metrics.phaseId,
    label: `${graph.phase.order}. ${localized(lang, graph.phase.label, graph.phase.labelEn)}`,
    shares: metrics.indices.partyTypeShares,
  }))
}

/** The party types that hold any influence in some row, in vocabulary order. */
export function typesWithShare(rows: readonly ShareRow[]): PartyType[] {
  return PARTY_TYPES.filter((type) => rows.some((row) => row.shares[type] > 0))
}

/** "Burgers 41%, Overheid 24%": the non-zero shares of a row, for descriptions. */
export function describeRow(
  row: ShareRow,
  types: readonly PartyType[],
  names: Readonly<Record<PartyType, string>>,
  formatShare: (share: number) => string,
): string {
  return types
    .filter((type) => row.shares[type] > 0)
    .map((type) => `${names[type]} ${formatShare(row.shares[type])}`)
    .join(', ')
}
