import Graph from 'graphology'
import { type CSSProperties, useEffect, useMemo, useRef, useState } from 'react'
import Sigma from 'sigma'
import { EdgeArrowProgram, EdgeLineProgram, EdgeRectangleProgram } from 'sigma/rendering'
import type { CaseGraph } from '../../domain/caseGraph.ts'
import { hashString } from '../../lib/prng.ts'
import type { ColourMode } from '../../state/graphOptionsStore.ts'
import type { Lang } from '../../state/localeStore.ts'
import { useGraphRegistry } from '../graphHandle.tsx'
import { LABEL_FONT_FAMILY } from '../encoding.ts'
import { showArrows } from '../levelOfDetail.ts'
import { FIRST_GRAPH_MARK, LAYOUT_DONE_MARK, LAYOUT_START_MARK, markOnce } from '../perfMarks.ts'
import { whenCameraRests } from './cameraRest.ts'
import { initialPositions, layoutIterations, layoutUpdateInterval } from './forceLayout.ts'
import { buildLargeModel, edgeLooks, largeNetworkDetail, nodeLooks } from './largeModel.ts'
import { runLayoutInWorker } from './runLayout.ts'
import { sigmaToPng } from './sigmaPng.ts'
import { usePhaseLook } from './usePhaseLook.ts'

/** Layout progress, 0 to 1; 1 when the layout has settled. */
export type LayoutProgress = number

export interface SigmaCanvasProps {
  graph: CaseGraph
  phaseId: string
  lang: Lang
  colourMode: ColourMode
  selectedActorId: string | null
  onSelectActor: (actorId: string | null) => void
  onProgress: (progress: LayoutProgress) => void
  onLayoutError: (message: string) => void
}

const CONTAINER_STYLE: CSSProperties = { width: '100%', height: '100%' }
const ARROW_SWITCH_DELAY_MS = 200

/**
 * The large-network view: sigma.js (WebGL) draws the network, laid out by ForceAtlas2 in a
 * Web Worker from seeded starting points, so the first frame comes at once and the drawing
 * settles while the page stays responsive. Selection works as in the Cytoscape view.
 */
export function SigmaCanvas(props: SigmaCanvasProps) {
  const { graph, onProgress, onLayoutError } = props
  const container = useRef<HTMLDivElement>(null)
  const registry = useGraphRegistry()
  const [view, setView] = useState<{ sigma: Sigma; graph: Graph } | null>(null)
  // Which network's layout has finished (by its model): relations may then be drawn.
  const [settled, setSettled] = useState<object | null>(null)
  const model = useMemo(() => buildLargeModel(graph), [graph])
  const detail = useMemo(() => largeNetworkDetail(graph), [graph])
  const selected = useRef(props.selectedActorId)
  const onSelect = useRef(props.onSelectActor)
  useEffect(function keepLatestCallback() {
    onSelect.current = props.onSelectActor
  })

  useEffect(
    function createRenderer() {
      const element = container.current
      if (!element) return
      const start = initialPositions(model.ids.length, hashString(graph.kase.id))
      const network = new Graph({ type: 'directed', multi: true, allowSelfLoops: false })
      model.ids.forEach((id, i) => {
        network.addNode(id, { x: start[2 * i], y: start[2 * i + 1], size: 1, color: '#999' })
      })
      let arrows = false
      const sigma = new Sigma(network, element, {
        allowInvalidContainer: true,
        zIndex: true,
        labelFont: LABEL_FONT_FAMILY,
        labelSize: 12,
        labelWeight: '600',
        labelRenderedSizeThreshold: detail.labelRenderedSizeThreshold,
        hideEdgesOnMove: detail.hideEdgesOnMove,
        hideLabelsOnMove: detail.hideLabelsOnMove,
        minCameraRatio: 0.01,
        maxCameraRatio: 2,
        defaultEdgeType: 'line',
        edgeProgramClasses: {
          line: detail.hideEdgesOnMove ? EdgeLineProgram : EdgeRectangleProgram,
          arrow: EdgeArrowProgram,
        },
        nodeReducer: (node, data) =>
          node === selected.current
            ? { ...data, size: data.size * 1.8, highlighted: true, forceLabel: true, zIndex: 1 }
            : data,
        edgeReducer: (_edge, data) => (arrows && data.directed ? { ...data, type: 'arrow' } : data),
      })
      const camera = sigma.getCamera()
      // Switching edge programs reprocesses every edge: done once the camera rests, never
      // during a zoom gesture, so frames stay cheap while the view moves.
      const arrowSwitch = whenCameraRests(() => {
        const next = showArrows(detail, camera.ratio)
        if (next === arrows) return
        arrows = next
        sigma.refresh()
      }, ARROW_SWITCH_DELAY_MS)
      const onCamera = () => arrowSwitch.moved()
      camera.on('updated', onCamera)
      sigma.once('afterRender', () => requestAnimationFrame(() => markOnce(FIRST_GRAPH_MARK)))
      sigma.on('clickNode', ({ node }) => onSelect.current(node))
      sigma.on('clickStage', () => onSelect.current(null))
      sigma.on('enterNode', () => element.style.setProperty('cursor', 'pointer'))
      sigma.on('leaveNode', () => element.style.removeProperty('cursor'))
      registry?.registerLarge({
        fit: () => void camera.animatedReset({ duration: 300 }),
        toPng: () => sigmaToPng(sigma),
      })
      const layoutState = { done: 0, total: layoutIterations(model.ids.length) }
      window.__wijknetwerkLarge = { sigma, layout: layoutState }
      setView({ sigma, graph: network })

      // Positions arrive faster than frames on small networks: apply the latest once a frame.
      let pending: Float32Array | null = null
      let frame = 0
      const apply = () => {
        frame = 0
        const xy = pending
        pending = null
        if (!xy) return
        let i = 0
        network.updateEachNodeAttributes(
          (_node, attributes) => {
            attributes.x = xy[2 * i]
            attributes.y = xy[2 * i + 1]
            i++
            return attributes
          },
          { attributes: ['x', 'y'] },
        )
      }
      markOnce(LAYOUT_START_MARK)
      onProgress(0)
      const stop = runLayoutInWorker(
        {
          start,
          edges: model.edges,
          iterations: layoutState.total,
          updateEveryMs: layoutUpdateInterval(model.ids.length),
        },
        (update) => {
          pending = update.positions
          if (!frame) frame = requestAnimationFrame(apply)
          layoutState.done = update.done
          if (update.done >= update.total) {
            markOnce(LAYOUT_DONE_MARK)
            setSettled(model)
          }
          onProgress(update.done / update.total)
        },
        (message) => {
          // Without a layout the relations are drawn where the actors are.
          setSettled(model)
          onLayoutError(message)
        },
      )
      return () => {
        stop()
        cancelAnimationFrame(frame)
        arrowSwitch.cancel()
        camera.off('updated', onCamera)
        registry?.registerLarge(null)
        if (window.__wijknetwerkLarge?.sigma === sigma) delete window.__wijknetwerkLarge
        sigma.kill()
        setView(null)
      }
    },
    [graph, model, detail, registry, onProgress, onLayoutError],
  )

  const looks = useMemo(
    () => ({
      nodes: nodeLooks(graph, props.phaseId, props, detail),
      edges: edgeLooks(graph, props.phaseId),
    }),
    // `props` stands for lang and colour mode here, which are listed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [graph, props.phaseId, props.lang, props.colourMode, detail],
  )
  usePhaseLook(
    view?.graph ?? null,
    model.ids,
    looks,
    detail.edgesWhileLayingOut || settled === model,
  )

  useEffect(
    function showSelection() {
      selected.current = props.selectedActorId
      view?.sigma.refresh({ skipIndexation: true })
    },
    [view, props.selectedActorId],
  )

  return <div ref={container} style={CONTAINER_STYLE} className="graph-canvas__sigma" />
}
