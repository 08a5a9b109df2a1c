import { useEffect, useMemo } from 'react'
import { buildCaseGraph, findCase } from '../domain/caseGraph.ts'
import type { Dataset } from '../domain/schema.ts'
import { AnalysisControls, DiffLegend, SizeScaleCue } from '../features/analysis-controls/index.ts'
import { LiveAnnouncer } from '../features/announcer/LiveAnnouncer.tsx'
import { CaseList } from '../features/case-list/CaseList.tsx'
import { CaseEditBar } from '../features/editing/CaseEditBar.tsx'
import { TableEditor, useTableEditorWorkspace } from '../features/editing/TableEditor.tsx'
import { FilterPanel } from '../features/filters/FilterPanel.tsx'
import { ColourModeSwitch } from '../features/graph-toolbar/ColourModeSwitch.tsx'
import { ExportButton } from '../features/export/ExportButton.tsx'
import { ExportHost } from '../features/export/ExportHost.tsx'
import { FitButton } from '../features/graph-toolbar/FitButton.tsx'
import { GraphView } from '../features/graph-view/GraphView.tsx'
import { Legend } from '../features/legend/Legend.tsx'
import { NetworkTable } from '../features/network-table/NetworkTable.tsx'
import { NoticeBar } from '../features/notices/NoticeBar.tsx'
import { PhaseStepper } from '../features/phase-stepper/PhaseStepper.tsx'
import { PresentationControls } from '../features/presentation/PresentationControls.tsx'
import { PresentationOverlay } from '../features/presentation/PresentationOverlay.tsx'
import { SpotlightSearch } from '../features/spotlight/SpotlightSearch.tsx'
import { StoryboardPanel } from '../features/storyboard/StoryboardPanel.tsx'
import { StoryboardPlayback } from '../features/storyboard/StoryboardPlayback.tsx'
import { GraphHandleProvider } from '../graph/graphHandle.tsx'
import { rendererFor } from '../graph/levelOfDetail.ts'
import { useAfterFirstFrame } from '../hooks/useAfterFirstFrame.ts'
import { useFilteredGraph } from '../hooks/useFilteredGraph.ts'
import { localized, useLang, useT } from '../i18n/index.ts'
import { selectCaseId, selectPhaseId, useViewStore } from '../state/viewStore.ts'
import { SidePanel } from './SidePanel.tsx'

/** Case list, the network with its stepper and legend, and the side panel, for a loaded dataset. */
export function Explorer({ dataset }: { dataset: Dataset }) {
  const t = useT()
  const lang = useLang()
  const caseId = useViewStore(selectCaseId)
  const phaseId = useViewStore(selectPhaseId)
  const kase = caseId === null ? undefined : findCase(dataset, caseId)
  const graph = useMemo(() => (kase ? buildCaseGraph(dataset, kase) : null), [dataset, kase])
  // The store may briefly hold a phase of another case; fall back to the first phase.
  const phase = graph?.phases.find((p) => p.id === phaseId) ?? graph?.phases[0]
  const title = kase ? localized(lang, kase.title, kase.titleEn) : null
  // What the filters leave visible: the drawing, legend, tables and measures all read this.
  const visible = useFilteredGraph(graph, phase?.id)
  const isLarge = graph !== null && rendererFor(graph.actors.length) === 'sigma'
  const tableWorkspace = useTableEditorWorkspace()
  // Everything beside the drawing waits one frame, so the first graph is drawn sooner; the
  // places they fill keep their size meanwhile (fixed columns), so nothing moves.
  const aroundGraph = useAfterFirstFrame()

  useEffect(
    function setDocumentTitle() {
      document.title = title ? `${title} · ${t.app.name}` : t.app.name
    },
    [title, t],
  )

  return (
    <GraphHandleProvider>
      <NoticeBar />
      <StoryboardPlayback dataset={dataset} />
      <div className={graph ? 'explorer' : 'explorer explorer--empty'}>
        <div className="explorer__cases">
          <CaseList cases={dataset.cases} />
        </div>
        {graph && visible && phase ? (
          <>
            <section className="explorer__centre" aria-label={title ?? undefined}>
              <CaseEditBar dataset={dataset} caseId={graph.kase.id} />
              {tableWorkspace && (
                <TableEditor workspace={tableWorkspace} graph={graph} phaseId={phase.id} />
              )}
              <div className="graph-frame" hidden={tableWorkspace !== null}>
                <div className="graph-stage">
                  <GraphView graph={visible} phaseId={phase.id} />
                  <FitButton />
                  <ExportButton />
                  <PresentationOverlay graph={graph} phaseId={phase.id} />
                </div>
                <div className="graph-aside">
                  {aroundGraph && (
                    <>
                      <div className="facilitator-tools">
                        <PresentationControls />
                        <SpotlightSearch graph={graph} />
                        <StoryboardPanel dataset={dataset} graph={graph} phaseId={phase.id} />
                      </div>
                      <FilterPanel graph={graph} visible={visible} phaseId={phase.id} />
                      <ColourModeSwitch />
                      <AnalysisControls graph={visible} phaseId={phase.id} />
                      <Legend
                        graph={visible}
                        phaseId={phase.id}
                        // The large-network view sizes by influence only, and measuring thousands of
                        // actors on every case would hold up its first frame.
                        sizeCue={isLarge ? undefined : <SizeScaleCue graph={visible} />}
                      >
                        <DiffLegend graph={visible} phaseId={phase.id} />
                      </Legend>
                    </>
                  )}
                </div>
              </div>
              <PhaseStepper phases={graph.phases} phaseId={phase.id} />
              {aroundGraph && (
                <>
                  <NetworkTable graph={visible} phaseId={phase.id} />
                  <LiveAnnouncer graph={graph} />
                  <ExportHost dataset={dataset} graph={visible} phaseId={phase.id} />
                </>
              )}
            </section>
            <div className="explorer__side">
              {aroundGraph && (
                <SidePanel
                  graph={graph}
                  visible={visible}
                  phaseId={phase.id}
                  sources={dataset.sources}
                />
              )}
            </div>
          </>
        ) : (
          <section className="explorer__centre explorer__welcome">
            <h2>{t.caseList.emptyTitle}</h2>
            <p>{t.caseList.emptyBody}</p>
            <ol className="explorer__steps">
              {t.caseList.welcomeSteps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </section>
        )}
      </div>
    </GraphHandleProvider>
  )
}
