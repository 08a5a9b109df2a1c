import { Tabs } from '../components/Tabs.tsx'
import type { CaseGraph } from '../domain/caseGraph.ts'
import type { Source } from '../domain/schema.ts'
import { ActorDetails } from '../features/actor-details/ActorDetails.tsx'
import { ActorEditPanel } from '../features/editing/ActorEditPanel.tsx'
import { LazyActorTable } from '../features/actor-table/LazyActorTable.tsx'
import { CasePage } from '../features/case-page/CasePage.tsx'
import { NeighbourhoodControls } from '../features/filters/NeighbourhoodControls.tsx'
import { LazyShiftPanel } from '../features/shift-panel/LazyShiftPanel.tsx'
import { localized, useLang, useT } from '../i18n/index.ts'
import {
  type Panel,
  selectActorId,
  selectPanel,
  selectShowPanel,
  useViewStore,
} from '../state/viewStore.ts'

interface SidePanelProps {
  graph: CaseGraph
  /** What the filters leave visible; the actor details always read the whole case. */
  visible?: CaseGraph
  phaseId: string
  sources: readonly Source[]
}

/** The case page and the chosen actor's details, as two tabs. */
export function SidePanel({ graph, visible = graph, phaseId, sources }: SidePanelProps) {
  const t = useT()
  const lang = useLang()
  const panel = useViewStore(selectPanel)
  const showPanel = useViewStore(selectShowPanel)
  const actorId = useViewStore(selectActorId)
  const actor = actorId === null ? undefined : graph.actors.find((a) => a.actor.id === actorId)
  const actorLabel = actor
    ? `${t.panel.actorTab}: ${localized(lang, actor.actor.label, actor.actor.labelEn)}`
    : t.panel.actorTab
  const tabs: { id: Panel; label: string }[] = [
    { id: 'case', label: t.panel.caseTab },
    { id: 'shift', label: t.analysis.shiftTab },
    { id: 'table', label: t.analysis.tableTab },
    { id: 'actor', label: actorLabel },
  ]
  return (
    <Tabs label={t.panel.tabsLabel} tabs={tabs} active={panel} onChange={showPanel}>
      {panel === 'case' ? (
        <CasePage graph={visible} phaseId={phaseId} sources={sources} />
      ) : panel === 'shift' ? (
        <LazyShiftPanel graph={visible} />
      ) : panel === 'table' ? (
        <LazyActorTable graph={visible} phaseId={phaseId} />
      ) : actor ? (
        <>
          <ActorEditPanel graph={graph} phaseId={phaseId} actorId={actor.actor.id} />
          <ActorDetails
            graph={graph}
            phaseId={phaseId}
            actorId={actor.actor.id}
            sources={sources}
          />
          <NeighbourhoodControls actorId={actor.actor.id} />
        </>
      ) : (
        <p className="muted">{t.panel.noActor}</p>
      )}
    </Tabs>
  )
}
