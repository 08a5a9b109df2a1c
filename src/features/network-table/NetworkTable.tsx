import { useId } from 'react'
import type { CaseGraph } from '../../domain/caseGraph.ts'
import { phaseGraph } from '../../domain/caseGraph.ts'
import { localized, useLang, useT } from '../../i18n/index.ts'
import { selectSetTableOpen, selectTableOpen, useStudyStore } from '../../state/studyStore.ts'
import { ActorTable } from './ActorTable.tsx'
import { RelationTable } from './RelationTable.tsx'

interface NetworkTableProps {
  /** The network as drawn (after filters). */
  graph: CaseGraph
  phaseId: string
}

/** The drawn network as two tables, actors and relations, behind a show/hide button. */
export function NetworkTable({ graph, phaseId }: NetworkTableProps) {
  const t = useT()
  const lang = useLang()
  const open = useStudyStore(selectTableOpen)
  const setOpen = useStudyStore(selectSetTableOpen)
  const regionId = useId()
  const headingId = useId()
  const phase = phaseGraph(graph, phaseId)
  const phaseName = phase
    ? `${t.phase.name(phase.phase.order)} (${localized(lang, phase.phase.label, phase.phase.labelEn)})`
    : ''
  return (
    <div className="network-table">
      <button
        type="button"
        className="button network-table__toggle"
        aria-expanded={open}
        aria-controls={regionId}
        onClick={() => setOpen(!open)}
      >
        {open ? t.study.table.toggleHide : t.study.table.toggleShow}
      </button>
      {open && phase && (
        <section id={regionId} className="network-table__body" aria-labelledby={headingId}>
          <h2 id={headingId} className="network-table__heading">
            {t.study.table.heading}
          </h2>
          <p className="muted">{t.study.table.keysHint}</p>
          <ActorTable graph={graph} phase={phase} caption={t.study.table.caption(phaseName)} />
          <RelationTable phase={phase} caption={t.study.table.relationsCaption(phaseName)} />
        </section>
      )}
    </div>
  )
}
