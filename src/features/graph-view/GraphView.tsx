import { useId, useMemo } from 'react'
import type { CaseGraph } from '../../domain/caseGraph.ts'
import { phaseGraph } from '../../domain/caseGraph.ts'
import { LazyGraphCanvas as GraphCanvas } from '../../graph/LazyGraphCanvas.tsx'
import { rendererFor } from '../../graph/levelOfDetail.ts'
import { caseLayout } from '../../graph/layout.ts'
import { toElements } from '../../graph/toElements.ts'
import { useAnalysisElements } from '../../hooks/useAnalysisElements.ts'
import { useCaseEditing } from '../../hooks/useCaseEditing.ts'
import { useGraphDescription } from '../../hooks/useGraphDescription.ts'
import { useGraphKeyboard } from '../../hooks/useGraphKeyboard.ts'
import { localized, useLang, useT } from '../../i18n/index.ts'
import { selectColourMode, useGraphOptionsStore } from '../../state/graphOptionsStore.ts'
import { selectActorId, selectSelectActor, useViewStore } from '../../state/viewStore.ts'
import { LargeNetworkView } from './LargeNetworkView.tsx'

interface GraphViewProps {
  graph: CaseGraph
  phaseId: string
  /** Tests in jsdom mount a headless core. */
  headless?: boolean
}

/**
 * The network of the current phase: the detailed Cytoscape view, or the large-network view
 * from `LARGE_NETWORK_MIN_NODES` actors on (see graph/levelOfDetail.ts).
 */
export function GraphView(props: GraphViewProps) {
  if (rendererFor(props.graph.actors.length) === 'sigma')
    return <LargeNetworkView graph={props.graph} phaseId={props.phaseId} />
  return <DetailedGraphView {...props} />
}

/** The Cytoscape view of the current phase, with a text summary for screen readers. */
function DetailedGraphView({ graph, phaseId, headless }: GraphViewProps) {
  const t = useT()
  const lang = useLang()
  const colourMode = useGraphOptionsStore(selectColourMode)
  const selectedActorId = useViewStore(selectActorId)
  const selectActor = useViewStore(selectSelectActor)
  // A workspace case keeps its own positions (and may be edited); see useCaseEditing.ts.
  const edit = useCaseEditing(graph, phaseId)
  const kept = edit.positions
  // Laid out once per case over all its phases; phases only change sizes, colours and edges.
  const positions = useMemo(() => kept ?? caseLayout(graph), [kept, graph])
  const keyboard = useGraphKeyboard(graph, phaseId, positions, selectedActorId, selectActor)
  const description = useGraphDescription(graph, phaseId)
  const descriptionId = useId()
  const focusedActorId = keyboard.focusedActorId
  const baseElements = useMemo(
    () =>
      toElements(graph, phaseId, positions, { lang, colourMode, selectedActorId, focusedActorId }),
    [graph, phaseId, positions, lang, colourMode, selectedActorId, focusedActorId],
  )
  const elements = useAnalysisElements(graph, phaseId, baseElements)
  const summary = useMemo(() => {
    const phase = phaseGraph(graph, phaseId)
    const phaseName = phase
      ? `${phase.phase.order} (${localized(lang, phase.phase.label, phase.phase.labelEn)})`
      : phaseId
    return t.graph.summary({
      caseTitle: localized(lang, graph.kase.title, graph.kase.titleEn),
      phase: phaseName,
      actors: phase?.actors.length ?? 0,
      relations: phase?.relations.length ?? 0,
    })
  }, [graph, phaseId, lang, t])

  return (
    <div
      className="graph-canvas"
      role="img"
      aria-label={summary}
      aria-describedby={descriptionId}
      {...keyboard.containerProps}
    >
      <p id={descriptionId} className="visually-hidden">
        {description}
      </p>
      <GraphCanvas
        elements={elements}
        fitKey={graph.kase.id}
        onSelectActor={selectActor}
        headless={headless}
        editing={edit.editing}
        firstOnPage
      />
    </div>
  )
}
