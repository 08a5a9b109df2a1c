import { useId, useMemo } from 'react'
import { buildCaseGraph, type CaseGraph } from '../../domain/caseGraph.ts'
import type { Dataset } from '../../domain/schema.ts'
import { useT } from '../../i18n/index.ts'
import {
  type ColourMode,
  selectColourMode,
  selectSetColourMode,
  useGraphOptionsStore,
} from '../../state/graphOptionsStore.ts'
import {
  type CompareSide,
  selectCompareHeight,
  selectLeft,
  selectRight,
  selectSetCompareHeight,
  selectSetSide,
  useStudyStore,
} from '../../state/studyStore.ts'
import { useViewStore } from '../../state/viewStore.ts'
import { ComparePane } from './ComparePane.tsx'
import { SharedLegend } from './SharedLegend.tsx'

interface Resolved {
  graph: CaseGraph
  phaseId: string
}

/**
 * A side as chosen, or its default: the left side shows the case open in the explorer (else
 * the first case) in its first phase, the right side the same case in its last phase.
 */
function resolve(
  dataset: Dataset,
  side: CompareSide,
  fallbackCaseId: string | null,
  last: boolean,
) {
  const kase =
    dataset.cases.find((c) => c.id === side.caseId) ??
    dataset.cases.find((c) => c.id === fallbackCaseId) ??
    dataset.cases[0]
  if (!kase) return null
  const graph = buildCaseGraph(dataset, kase)
  const phase =
    graph.phases.find((p) => p.id === side.phaseId) ??
    (last ? graph.phases[graph.phases.length - 1] : graph.phases[0])
  return phase ? { graph, phaseId: phase.id } : null
}

/** Steps a side one phase on (or back), staying put at the ends. */
function stepped({ graph, phaseId }: Resolved, step: 1 | -1): CompareSide {
  const index = graph.phases.findIndex((p) => p.id === phaseId)
  const next = graph.phases[index + step] ?? graph.phases[index]
  return { caseId: graph.kase.id, phaseId: next?.id ?? phaseId }
}

/** Two networks side by side, with controls that act on both and one shared legend. */
export function CompareScreen({ dataset }: { dataset: Dataset }) {
  const t = useT()
  const id = useId()
  const left = useStudyStore(selectLeft)
  const right = useStudyStore(selectRight)
  const setSide = useStudyStore(selectSetSide)
  const height = useStudyStore(selectCompareHeight)
  const setHeight = useStudyStore(selectSetCompareHeight)
  const colourMode = useGraphOptionsStore(selectColourMode)
  const setColourMode = useGraphOptionsStore(selectSetColourMode)
  const openCaseId = useViewStore((s) => s.caseId)
  const a = useMemo(() => resolve(dataset, left, openCaseId, false), [dataset, left, openCaseId])
  const b = useMemo(() => resolve(dataset, right, openCaseId, true), [dataset, right, openCaseId])
  if (!a || !b) return null
  const step = (direction: 1 | -1) => {
    setSide('left', stepped(a, direction))
    setSide('right', stepped(b, direction))
  }
  const atStart = [a, b].every((s) => s.graph.phases[0]?.id === s.phaseId)
  const atEnd = [a, b].every((s) => s.graph.phases[s.graph.phases.length - 1]?.id === s.phaseId)

  return (
    <div className={`compare compare--${height}`}>
      <header className="compare__header">
        <h2>{t.study.compare.heading}</h2>
        <p className="muted">{t.study.compare.intro}</p>
        <div className="compare__controls" role="group" aria-label={t.graph.toolbarLabel}>
          <button type="button" className="button" disabled={atStart} onClick={() => step(-1)}>
            ← {t.study.compare.stepBack}
          </button>
          <button type="button" className="button" disabled={atEnd} onClick={() => step(1)}>
            {t.study.compare.stepForward} →
          </button>
          <fieldset className="compare__choice">
            <legend>{t.graph.colourBy}</legend>
            {(['partyType', 'world'] as const satisfies readonly ColourMode[]).map((mode) => (
              <label key={mode}>
                <input
                  type="radio"
                  name={`${id}-colour`}
                  checked={colourMode === mode}
                  onChange={() => setColourMode(mode)}
                />
                {mode === 'partyType' ? t.graph.colourPartyType : t.graph.colourWorld}
              </label>
            ))}
          </fieldset>
          <fieldset className="compare__choice">
            <legend>{t.study.compare.size}</legend>
            {(['normal', 'tall'] as const).map((size) => (
              <label key={size}>
                <input
                  type="radio"
                  name={`${id}-size`}
                  checked={height === size}
                  onChange={() => setHeight(size)}
                />
                {size === 'normal' ? t.study.compare.sizeNormal : t.study.compare.sizeTall}
              </label>
            ))}
          </fieldset>
        </div>
      </header>
      <div className="compare__panes">
        <ComparePane
          dataset={dataset}
          side="left"
          graph={a.graph}
          phaseId={a.phaseId}
          onChange={(value) => setSide('left', value)}
        />
        <ComparePane
          dataset={dataset}
          side="right"
          graph={b.graph}
          phaseId={b.phaseId}
          onChange={(value) => setSide('right', value)}
        />
      </div>
      <SharedLegend sides={[a, b]} />
    </div>
  )
}
