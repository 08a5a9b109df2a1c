import { lazy, Suspense, useCallback, useMemo, useState } from 'react'
import { type CaseGraph, phaseGraph } from '../../domain/caseGraph.ts'
import { largeNetworkDetail } from '../../graph/large/largeModel.ts'
import { localized, useLang, useT } from '../../i18n/index.ts'
import { selectColourMode, useGraphOptionsStore } from '../../state/graphOptionsStore.ts'
import { selectActorId, selectSelectActor, useViewStore } from '../../state/viewStore.ts'

// sigma.js and graphology load only when a large network is opened.
const SigmaCanvas = lazy(() =>
  import('../../graph/large/SigmaCanvas.tsx').then((module) => ({ default: module.SigmaCanvas })),
)

interface LargeNetworkViewProps {
  graph: CaseGraph
  phaseId: string
}

/**
 * A network of thousands of actors: drawn with WebGL in a simplified style, laid out in the
 * background with a progress bar, and a notice that says what the simplified view leaves out.
 */
export function LargeNetworkView({ graph, phaseId }: LargeNetworkViewProps) {
  const t = useT()
  const lang = useLang()
  const colourMode = useGraphOptionsStore(selectColourMode)
  const selectedActorId = useViewStore(selectActorId)
  const selectActor = useViewStore(selectSelectActor)
  const [progress, setProgress] = useState(0)
  const [layoutError, setLayoutError] = useState<string | null>(null)
  const onProgress = useCallback((value: number) => setProgress(value), [])
  const onLayoutError = useCallback((message: string) => setLayoutError(message), [])
  const done = progress >= 1
  const edgesWait = useMemo(() => !largeNetworkDetail(graph).edgesWhileLayingOut, [graph])
  const percent = Math.round(progress * 100)
  const summary = useMemo(() => {
    const phase = phaseGraph(graph, phaseId)
    return t.graph.summary({
      caseTitle: localized(lang, graph.kase.title, graph.kase.titleEn),
      phase: phase ? localized(lang, phase.phase.label, phase.phase.labelEn) : phaseId,
      actors: phase?.actors.length ?? 0,
      relations: phase?.relations.length ?? 0,
    })
  }, [graph, phaseId, lang, t])

  return (
    <div className="graph-canvas graph-canvas--large">
      <div className="large-network__canvas" role="img" aria-label={summary}>
        <Suspense
          fallback={
            <p className="large-network__status" role="status">
              {t.largeNetwork.loadingView}
            </p>
          }
        >
          <SigmaCanvas
            graph={graph}
            phaseId={phaseId}
            lang={lang}
            colourMode={colourMode}
            selectedActorId={selectedActorId}
            onSelectActor={selectActor}
            onProgress={onProgress}
            onLayoutError={onLayoutError}
          />
        </Suspense>
      </div>
      <div className="large-network__bar">
        <p className="large-network__notice">{t.largeNetwork.notice(graph.actors.length)}</p>
        {layoutError ? (
          <p className="large-network__status" role="alert">
            {t.largeNetwork.layoutFailed(layoutError)}
          </p>
        ) : (
          <div className="large-network__progress" role="status">
            <span>{done ? t.largeNetwork.layoutDone : t.largeNetwork.layoutRunning}</span>
            {!done && (
              <progress max={100} value={percent} aria-label={t.largeNetwork.layoutProgress}>
                {percent} %
              </progress>
            )}
            {!done && edgesWait && <span>{t.largeNetwork.edgesAfterLayout}</span>}
          </div>
        )}
      </div>
    </div>
  )
}
