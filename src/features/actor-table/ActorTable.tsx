import { useId, useState } from 'react'
import { ShapeIcon } from '../../components/ShapeIcon.tsx'
import type { CaseGraph } from '../../domain/caseGraph.ts'
import type { ActorMetrics } from '../../domain/metrics/phaseMetrics.ts'
import { MEASURES } from '../../domain/metrics/registry.ts'
import { PARTY_STYLE } from '../../graph/encoding.ts'
import { useCaseMetrics } from '../../hooks/useCaseMetrics.ts'
import { localized, useLang, useT } from '../../i18n/index.ts'
import { selectActorId, selectSelectActor, useViewStore } from '../../state/viewStore.ts'
import { formatMeasure } from './formatMeasure.ts'
import { MeasureGlossary } from './MeasureGlossary.tsx'
import { nextSort, type SortState, sortRows } from './sortRows.ts'

/**
 * Every measure of every actor in the phase, in sortable columns. Column headers are buttons
 * (keyboard-sortable, `aria-sort` on the header cell) whose tooltip explains the measure; the
 * same explanations follow the table. Choosing an actor selects it in the explorer.
 */
export default function ActorTable({ graph, phaseId }: { graph: CaseGraph; phaseId: string }) {
  const t = useT()
  const lang = useLang()
  const headingId = useId()
  const selectActor = useViewStore(selectSelectActor)
  const selectedId = useViewStore(selectActorId)
  const [sort, setSort] = useState<SortState>({ key: 'influence', direction: 'descending' })
  const phase = useCaseMetrics(graph).phases.find((p) => p.metrics.phaseId === phaseId)
  const directed = phase?.metrics.directed ?? false
  const measures = MEASURES.filter((m) => directed || !m.directedOnly)
  const nameOf = (row: ActorMetrics) => localized(lang, row.label, row.labelEn)
  // A phase has a handful of actors: sorting on every render costs nothing.
  const rows = sortRows(phase?.metrics.actors ?? [], sort, measures, nameOf, lang)
  if (!phase) return null
  const phaseName = localized(lang, phase.graph.phase.label, phase.graph.phase.labelEn)
  const columns = [
    { key: 'name', label: t.analysis.actor, explain: undefined },
    ...measures.map((m) => ({ key: m.id, label: m.label[lang], explain: m.explain[lang] })),
  ]
  return (
    <section className="actor-table" aria-labelledby={headingId}>
      <h2 id={headingId} className="shift-panel__title">
        {t.analysis.tableTitle(phaseName)}
      </h2>
      <div
        className="actor-table__scroll"
        role="region"
        aria-label={t.analysis.tableScroll}
        tabIndex={0}
      >
        <table className="actor-table__table">
          <caption className="visually-hidden">{t.analysis.tableCaption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={sort.key === column.key ? sort.direction : 'none'}
                >
                  <button
                    type="button"
                    className="actor-table__sort"
                    title={column.explain}
                    onClick={() => setSort((s) => nextSort(s, column.key))}
                  >
                    {column.label}
                    <span aria-hidden="true" className="actor-table__sort-mark">
                      {sort.key !== column.key ? '↕' : sort.direction === 'ascending' ? '↑' : '↓'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.id}
                className={
                  row.id === selectedId ? 'actor-table__row is-selected' : 'actor-table__row'
                }
                onClick={() => selectActor(row.id)}
              >
                <th scope="row">
                  <button
                    type="button"
                    className="link-button actor-table__actor"
                    aria-current={row.id === selectedId ? 'true' : undefined}
                    onClick={(event) => {
                      event.stopPropagation()
                      selectActor(row.id)
                    }}
                  >
                    <ShapeIcon
                      shape={PARTY_STYLE[row.partyType].shape}
                      colour={PARTY_STYLE[row.partyType].colour}
                      size={14}
                    />
                    {nameOf(row)}
                    <span className="visually-hidden"> ({t.vocab.partyType[row.partyType]})</span>
                  </button>
                </th>
                {measures.map((m) => (
                  <td key={m.id}>{formatMeasure(m, m.compute(row), lang)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <MeasureGlossary measures={measures} />
    </section>
  )
}
