import { useId, useMemo } from 'react'
import { ShareBars } from '../../components/ShareBars.tsx'
import type { CaseGraph } from '../../domain/caseGraph.ts'
import { formatPercent } from '../../domain/metrics/summaryFormat.ts'
import { useCaseMetrics } from '../../hooks/useCaseMetrics.ts'
import { useLang, useT } from '../../i18n/index.ts'
import { PhaseIndicesTable } from './PhaseIndicesTable.tsx'
import { describeRow, shareRows, typesWithShare } from './shareRows.ts'
import { ShiftSummaries } from './ShiftSummaries.tsx'

/**
 * How influence shifts over the phases of a case: party types' shares per phase, the
 * phase-level measures with arrows, and a plain-language summary of each transition.
 */
export default function ShiftPanel({ graph }: { graph: CaseGraph }) {
  const t = useT()
  const lang = useLang()
  const headingId = useId()
  const measured = useCaseMetrics(graph)
  const rows = useMemo(() => shareRows(measured, lang), [measured, lang])
  const types = typesWithShare(rows)
  const names = t.vocab.partyType
  const pct = (share: number) => formatPercent(share, lang)
  const desc = t.analysis.chartDesc(
    rows
      .map((row) => t.analysis.chartPhase(row.label, describeRow(row, types, names, pct)))
      .join('. '),
  )
  return (
    <section className="shift-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="shift-panel__title">
        {t.analysis.shiftTitle}
      </h2>
      <ShareBars
        title={t.analysis.chartTitle}
        desc={desc}
        rows={rows}
        types={types}
        names={names}
        tableCaption={t.analysis.chartTableCaption}
        rowHeader={t.analysis.phase}
        formatShare={pct}
      />
      <PhaseIndicesTable measured={measured} />
      <ShiftSummaries measured={measured} />
    </section>
  )
}
