import { useMemo } from 'react'
import type { CaseGraph } from '../../domain/caseGraph.ts'
import { phaseGraph } from '../../domain/caseGraph.ts'
import { GraphCanvas } from '../../graph/GraphCanvas.tsx'
import { caseLayout } from '../../graph/layout.ts'
import { toElements } from '../../graph/toElements.ts'
import { localized, useLang, useT } from '../../i18n/index.ts'
import { selectColourMode, useGraphOptionsStore } from '../../state/graphOptionsStore.ts'
import { selectActorId, selectSelectActor, useViewStore } from '../../state/viewStore.ts'

interface GraphViewProps {
  graph: CaseGraph
  phaseId: string
  /** Tests in jsdom mount a headless core. */
  headless?: boolean
}

/** The network of the current phase, with a text summary for screen readers. */
export function GraphView({ graph, phaseId, headless }: GraphViewProps) {
  const t = useT()
  const lang = useLang()
  const colourMode = useGraphOptionsStore(selectColourMode)
  const selectedActorId = useViewStore(selectActorId)
  const selectActor = useViewStore(selectSelectActor)
  // Laid out once per case over all its phases; phases only change sizes, colours and edges.
  const positions = useMemo(() => caseLayout(graph), [graph])
  const elements = useMemo(
    () => toElements(graph, phaseId, positions, { lang, colourMode, selectedActorId }),
    [graph, phaseId, positions, lang, colourMode, selectedActorId],
  )
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
    <div className="graph-canvas" role="img" aria-label={summary}>
      <GraphCanvas
        elements={elements}
        fitKey={graph.kase.id}
        onSelectActor={selectActor}
        headless={headless}
      />
    </div>
  )
}
