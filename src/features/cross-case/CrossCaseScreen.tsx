import { useId, useMemo } from 'react'
import { ShareKey } from '../../components/ShareBars.tsx'
import { buildCaseGraph, type PhaseGraph } from '../../domain/caseGraph.ts'
import { partyTypeNetwork } from '../../domain/metrics/partyTypeNetwork.ts'
import type { Dataset } from '../../domain/schema.ts'
import { PARTY_TYPES } from '../../domain/vocabulary.ts'
import { caseMetricsOf } from '../../hooks/useCaseMetrics.ts'
import { useT } from '../../i18n/index.ts'
import { CaseMultiple } from './CaseMultiple.tsx'
import { PartyTypeNetworkFigure } from './PartyTypeNetworkFigure.tsx'

/**
 * All cases side by side: small multiples of the party types' shares of influence per phase,
 * and the party-type network of all first phases against all last phases.
 */
export default function CrossCaseScreen({ dataset }: { dataset: Dataset }) {
  const t = useT()
  const headingId = useId()
  const networkId = useId()
  const cases = useMemo(
    () =>
      dataset.cases.map((kase) => {
        const graph = buildCaseGraph(dataset, kase)
        return { graph, measured: caseMetricsOf(graph) }
      }),
    [dataset],
  )
  const [first, last] = useMemo(() => {
    const ends = (pick: (phases: PhaseGraph[]) => PhaseGraph | undefined) =>
      cases.flatMap(({ measured }) => pick(measured.phases.map((p) => p.graph)) ?? [])
    return [
      partyTypeNetwork(ends((phases) => phases[0])),
      partyTypeNetwork(ends((phases) => phases[phases.length - 1])),
    ]
  }, [cases])
  return (
    <div className="cross-case">
      <section aria-labelledby={headingId}>
        <h2 id={headingId} className="cross-case__title">
          {t.analysis.crossTitle}
        </h2>
        <p className="cross-case__intro">{t.analysis.crossIntro}</p>
        <ShareKey types={PARTY_TYPES} names={t.vocab.partyType} />
        <ul className="cross-case__grid">
          {cases.map(({ graph, measured }) => (
            <li key={graph.kase.id}>
              <CaseMultiple graph={graph} measured={measured} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby={networkId} className="cross-case__networks">
        <h2 id={networkId} className="cross-case__title">
          {t.analysis.aggregateTitle}
        </h2>
        <p className="cross-case__intro">{t.analysis.aggregateIntro}</p>
        <div className="cross-case__pair">
          <PartyTypeNetworkFigure network={first} title={t.analysis.firstPhases} />
          <PartyTypeNetworkFigure network={last} title={t.analysis.lastPhases} />
        </div>
      </section>
    </div>
  )
}
