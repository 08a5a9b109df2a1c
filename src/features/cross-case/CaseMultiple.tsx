import { useMemo } from 'react'
import { ShareBars } from '../../components/ShareBars.tsx'
import type { CaseGraph } from '../../domain/caseGraph.ts'
import type { CaseMetrics } from '../../domain/metrics/caseMetrics.ts'
import { formatPercent } from '../../domain/metrics/summaryFormat.ts'
import { PARTY_TYPES } from '../../domain/vocabulary.ts'
import { localized, useLang, useT } from '../../i18n/index.ts'
import { selectOpenCase, useViewStore } from '../../state/viewStore.ts'

/** One case as a small multiple; choosing it opens the case in the explorer. */
export function CaseMultiple({ graph, measured }: { graph: CaseGraph; measured: CaseMetrics }) {
  const t = useT()
  const lang = useLang()
  const openCase = useViewStore(selectOpenCase)
  const title = localized(lang, graph.kase.title, graph.kase.titleEn)
  const rows = useMemo(
    () =>
      measured.phases.map(({ graph: phase, metrics }) => ({
        key: metrics.phaseId,
        label: `${phase.phase.order}. ${localized(lang, phase.phase.label, phase.phase.labelEn)}`,
        shares: metrics.indices.partyTypeShares,
      })),
    [measured, lang],
  )
  const pct = (share: number) => formatPercent(share, lang)
  const desc = rows
    .map((row) => {
      const parts = PARTY_TYPES.filter((type) => row.shares[type] > 0)
        .map((type) => `${t.vocab.partyType[type]} ${pct(row.shares[type])}`)
        .join(', ')
      return t.analysis.chartPhase(row.label, parts)
    })
    .join('. ')
  const open = () => openCase(graph.kase.id, graph.phases[0]?.id ?? null)
  return (
    // The whole card opens the case for mouse users; the heading's button is the keyboard way in.
    <article className="case-multiple" onClick={open}>
      <h3 className="case-multiple__title">
        <button
          type="button"
          className="link-button"
          aria-label={t.analysis.openCase(title)}
          onClick={(event) => {
            event.stopPropagation()
            open()
          }}
        >
          {title}
        </button>
      </h3>
      <p className="case-multiple__meta">
        {graph.kase.city} · {t.vocab.theme[graph.kase.theme]}
      </p>
      <ShareBars
        compact
        title={`${t.analysis.chartTitle}: ${title}`}
        desc={desc}
        rows={rows}
        types={PARTY_TYPES}
        names={t.vocab.partyType}
        tableCaption={`${t.analysis.chartTableCaption}: ${title}`}
        rowHeader={t.analysis.phase}
        formatShare={pct}
      />
    </article>
  )
}
