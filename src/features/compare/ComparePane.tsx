import { useId, useMemo, useState } from 'react'
import { type CaseGraph, phaseGraph } from '../../domain/caseGraph.ts'
import type { Dataset } from '../../domain/schema.ts'
import { LazyGraphCanvas as GraphCanvas } from '../../graph/LazyGraphCanvas.tsx'
import { GraphHandleProvider } from '../../graph/graphHandle.tsx'
import { caseLayout } from '../../graph/layout.ts'
import { toElements } from '../../graph/toElements.ts'
import { localized, useLang, useT } from '../../i18n/index.ts'
import { selectColourMode, useGraphOptionsStore } from '../../state/graphOptionsStore.ts'
import { firstPhaseId } from '../../state/resolveView.ts'
import type { CompareSide } from '../../state/studyStore.ts'
import { useViewStore } from '../../state/viewStore.ts'

interface ComparePaneProps {
  dataset: Dataset
  side: 'left' | 'right'
  graph: CaseGraph
  phaseId: string
  onChange: (value: CompareSide) => void
}

/** One side of the comparison: its own case and phase pickers and its own Cytoscape canvas. */
export function ComparePane({ dataset, side, graph, phaseId, onChange }: ComparePaneProps) {
  const t = useT()
  const lang = useLang()
  const id = useId()
  const colourMode = useGraphOptionsStore(selectColourMode)
  const [selected, setSelected] = useState<string | null>(null)
  const kase = graph.kase
  const phase = graph.phases.find((p) => p.id === phaseId)
  const positions = useMemo(() => caseLayout(graph), [graph])
  const elements = useMemo(
    () => toElements(graph, phaseId, positions, { lang, colourMode, selectedActorId: selected }),
    [graph, phaseId, positions, lang, colourMode, selected],
  )
  if (!phase) return null
  const current = phaseGraph(graph, phase.id)
  const title = localized(lang, kase.title, kase.titleEn)
  const phaseName = `${t.phase.name(phase.order)}: ${localized(lang, phase.label, phase.labelEn)}`
  const summary = t.graph.summary({
    caseTitle: title,
    phase: `${phase.order} (${localized(lang, phase.label, phase.labelEn)})`,
    actors: current?.actors.length ?? 0,
    relations: current?.relations.length ?? 0,
  })

  return (
    <section className="compare-pane" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="compare-pane__title">
        {side === 'left' ? t.study.compare.left : t.study.compare.right}: {title}
      </h3>
      <div className="compare-pane__pickers">
        <label htmlFor={`${id}-case`}>{t.study.compare.case}</label>
        <select
          id={`${id}-case`}
          value={kase.id}
          onChange={(event) => {
            const next = dataset.cases.find((c) => c.id === event.target.value)
            if (next) onChange({ caseId: next.id, phaseId: firstPhaseId(next) })
          }}
        >
          {dataset.cases.map((c) => (
            <option key={c.id} value={c.id}>
              {localized(lang, c.title, c.titleEn)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-phase`}>{t.study.compare.phase}</label>
        <select
          id={`${id}-phase`}
          value={phase.id}
          onChange={(event) => onChange({ caseId: kase.id, phaseId: event.target.value })}
        >
          {graph.phases.map((p) => (
            <option key={p.id} value={p.id}>
              {`${t.phase.name(p.order)}: ${localized(lang, p.label, p.labelEn)}`}
            </option>
          ))}
        </select>
      </div>
      <p className="compare-pane__phase">
        {phaseName} ·{' '}
        {t.study.compare.summary(current?.actors.length ?? 0, current?.relations.length ?? 0)}
      </p>
      <GraphHandleProvider>
        <div className="graph-canvas compare-pane__canvas" role="img" aria-label={summary}>
          <GraphCanvas elements={elements} fitKey={`${kase.id}`} onSelectActor={setSelected} />
        </div>
      </GraphHandleProvider>
      <button
        type="button"
        className="button button--quiet"
        onClick={() =>
          useViewStore
            .getState()
            .restore({ screen: 'explore', caseId: kase.id, phaseId: phase.id, actorId: selected })
        }
      >
        {t.study.compare.open}
      </button>
    </section>
  )
}
