import { useId } from 'react'
import type { CaseGraph } from '../../domain/caseGraph.ts'
import { freshPhaseId } from '../../domain/edit/index.ts'
import { localized, useLang, useT } from '../../i18n/index.ts'
import { editWorkspace } from '../../state/editStore.ts'
import { selectGoToPhase, useViewStore } from '../../state/viewStore.ts'
import type { Workspace } from '../../state/workspaceStore.ts'
import { CommitInput } from './CommitInput.tsx'

interface PhasesEditorProps {
  workspace: Workspace
  graph: CaseGraph
}

/** The phases of the case: rename, move earlier or later, copy as the next, delete, add. */
export function PhasesEditor({ workspace, graph }: PhasesEditorProps) {
  const t = useT().editing.table
  const lang = useLang()
  const headingId = useId()
  const goToPhase = useViewStore(selectGoToPhase)
  const caseId = graph.kase.id
  const edit = (cmd: Parameters<typeof editWorkspace>[1]) => editWorkspace(workspace.id, cmd)
  const count = graph.phases.length

  return (
    <section className="edit-table edit-phases" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.phasesCaption}</h3>
      <ol>
        {graph.phases.map((phase, index) => {
          const label = localized(lang, phase.label, phase.labelEn)
          return (
            <li key={phase.id}>
              <CommitInput
                label={t.phaseName(phase.order)}
                value={phase.label}
                onCommit={(next) =>
                  edit({ kind: 'rename-phase', caseId, phaseId: phase.id, label: next })
                }
              />
              <button
                type="button"
                className="button button--quiet"
                aria-label={t.moveUp(label)}
                disabled={index === 0}
                onClick={() =>
                  edit({ kind: 'move-phase', caseId, phaseId: phase.id, toIndex: index - 1 })
                }
              >
                ↑
              </button>
              <button
                type="button"
                className="button button--quiet"
                aria-label={t.moveDown(label)}
                disabled={index === count - 1}
                onClick={() =>
                  edit({ kind: 'move-phase', caseId, phaseId: phase.id, toIndex: index + 1 })
                }
              >
                ↓
              </button>
              <button
                type="button"
                className="button button--quiet"
                aria-label={t.copyPhase(label)}
                onClick={() => {
                  const copyLabel = t.copyLabel(phase.label)
                  const newPhaseId = freshPhaseId(workspace.dataset, caseId, copyLabel)
                  const refused = edit({
                    kind: 'copy-phase',
                    caseId,
                    phaseId: phase.id,
                    newPhaseId,
                    label: copyLabel,
                  })
                  if (refused === null) goToPhase(newPhaseId)
                }}
              >
                {t.copyShort}
              </button>
              <button
                type="button"
                className="button button--quiet"
                aria-label={t.deletePhase(label)}
                disabled={count === 1}
                onClick={() => {
                  if (window.confirm(t.confirmDeletePhase(label)))
                    edit({ kind: 'delete-phase', caseId, phaseId: phase.id })
                }}
              >
                {t.deleteShort}
              </button>
            </li>
          )
        })}
      </ol>
      <button
        type="button"
        className="button"
        onClick={() => {
          const label = t.newPhaseLabel(count + 1)
          const phaseId = freshPhaseId(workspace.dataset, caseId, label)
          if (edit({ kind: 'add-phase', caseId, phaseId, label }) === null) goToPhase(phaseId)
        }}
      >
        {t.addPhase}
      </button>
    </section>
  )
}
