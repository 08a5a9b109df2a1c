import { useEffect, useMemo } from 'react'
import { buildCaseGraph, findCase } from '../domain/caseGraph.ts'
import type { Dataset } from '../domain/schema.ts'
import { CaseList } from '../features/case-list/CaseList.tsx'
import { ColourModeSwitch } from '../features/graph-toolbar/ColourModeSwitch.tsx'
import { FitButton } from '../features/graph-toolbar/FitButton.tsx'
import { GraphView } from '../features/graph-view/GraphView.tsx'
import { Legend } from '../features/legend/Legend.tsx'
import { NoticeBar } from '../features/notices/NoticeBar.tsx'
import { PhaseStepper } from '../features/phase-stepper/PhaseStepper.tsx'
import { GraphHandleProvider } from '../graph/graphHandle.tsx'
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

  useEffect(
    function setDocumentTitle() {
      document.title = title ? `${title} · ${t.app.name}` : t.app.name
    },
    [title, t],
  )

  return (
    <GraphHandleProvider>
      <NoticeBar />
      <div className={graph ? 'explorer' : 'explorer explorer--empty'}>
        <div className="explorer__cases">
          <CaseList cases={dataset.cases} />
        </div>
        {graph && phase ? (
          <>
            <section className="explorer__centre" aria-label={title ?? undefined}>
              <div className="graph-frame">
                <div className="graph-stage">
                  <GraphView graph={graph} phaseId={phase.id} />
                  <FitButton />
                </div>
                <div className="graph-aside">
                  <ColourModeSwitch />
                  <Legend graph={graph} phaseId={phase.id} />
                </div>
              </div>
              <PhaseStepper phases={graph.phases} phaseId={phase.id} />
            </section>
            <div className="explorer__side">
              <SidePanel graph={graph} phaseId={phase.id} sources={dataset.sources} />
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
