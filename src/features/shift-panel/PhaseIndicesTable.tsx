import type { CaseMetrics } from '../../domain/metrics/caseMetrics.ts'
import type { PhaseIndices } from '../../domain/metrics/phaseMetrics.ts'
import { formatDecimal, formatPercent } from '../../domain/metrics/summaryFormat.ts'
import { localized, useLang, useT } from '../../i18n/index.ts'

type NumericIndex =
  'n' | 'm' | 'density' | 'degreeCentralization' | 'betweennessCentralization' | 'hhi' | 'gini'

const ROWS: { key: NumericIndex; digits: number }[] = [
  { key: 'n', digits: 0 },
  { key: 'm', digits: 0 },
  { key: 'density', digits: 2 },
  { key: 'degreeCentralization', digits: 2 },
  { key: 'betweennessCentralization', digits: 2 },
  { key: 'hhi', digits: 2 },
  { key: 'gini', digits: 2 },
]

/** Phase-level measures, one column per phase, with ▲/▼ against the phase before. */
export function PhaseIndicesTable({ measured }: { measured: CaseMetrics }) {
  const t = useT()
  const lang = useLang()
  const phases = measured.phases
  const help = t.analysis.indexHelp as Partial<Record<NumericIndex, string>>
  const name = (id: string) => {
    const actor = phases.flatMap((p) => p.graph.actors).find((a) => a.actor.id === id)?.actor
    return actor ? localized(lang, actor.label, actor.labelEn) : id
  }
  const topNames = (indices: PhaseIndices) =>
    indices.top ? indices.top.actorIds.map(name).join(', ') : t.analysis.none
  return (
    <div className="indices">
      <h3 className="details__subhead">{t.analysis.indicesTitle}</h3>
      <table className="indices__table">
        <caption className="indices__note">{t.analysis.indicesCaption}</caption>
        <thead>
          <tr>
            <td />
            {phases.map(({ graph }) => (
              <th
                key={graph.phase.id}
                scope="col"
                title={localized(lang, graph.phase.label, graph.phase.labelEn)}
              >
                <span aria-hidden="true">{graph.phase.order}</span>
                <span className="visually-hidden">
                  {`${t.phase.name(graph.phase.order)}: ${localized(lang, graph.phase.label, graph.phase.labelEn)}`}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map(({ key, digits }) => (
            <tr key={key}>
              <th scope="row" title={help[key]}>
                {t.analysis.indices[key]}
              </th>
              {phases.map(({ metrics }, i) => {
                const value = metrics.indices[key]
                const before = i > 0 ? phases[i - 1]?.metrics.indices[key] : undefined
                return (
                  <td key={metrics.phaseId}>
                    {value === null ? t.analysis.none : formatDecimal(value, digits, lang)}
                    <Arrow value={value} before={before} digits={digits} />
                  </td>
                )
              })}
            </tr>
          ))}
          <tr>
            <th scope="row">{t.analysis.indices.top}</th>
            {phases.map(({ metrics }) => (
              <td key={metrics.phaseId}>
                {metrics.indices.top
                  ? formatPercent(metrics.indices.top.share, lang)
                  : t.analysis.none}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      {/* Names are too long for the narrow columns: they follow the table, one line per phase. */}
      <p className="indices__top-title">{t.analysis.topPerPhase}</p>
      <ol className="indices__top">
        {phases.map(({ graph, metrics }) => (
          <li key={metrics.phaseId} value={graph.phase.order}>
            {topNames(metrics.indices)}
          </li>
        ))}
      </ol>
    </div>
  )
}

/** ▲ or ▼ when the value changed at the shown precision; nothing for the first phase. */
function Arrow({
  value,
  before,
  digits,
}: {
  value: number | null
  before: number | null | undefined
  digits: number
}) {
  const t = useT()
  if (value === null || before === null || before === undefined) return null
  const step = 10 ** digits
  const delta = Math.round(value * step) - Math.round(before * step)
  if (delta === 0) return null
  const up = delta > 0
  return (
    <span
      className={up ? 'indices__arrow indices__arrow--up' : 'indices__arrow indices__arrow--down'}
    >
      <span aria-hidden="true">{up ? ' ▲' : ' ▼'}</span>
      <span className="visually-hidden">{` (${up ? t.analysis.up : t.analysis.down})`}</span>
    </span>
  )
}
