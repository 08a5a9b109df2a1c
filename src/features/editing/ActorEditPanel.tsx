import type { CaseGraph } from '../../domain/caseGraph.ts'
import { PARTY_TYPES, type PartyType } from '../../domain/vocabulary.ts'
import { localized, useLang, useT } from '../../i18n/index.ts'
import { editWorkspace, selectEditing, useEditStore } from '../../state/editStore.ts'
import { useTabStore } from '../../state/tabCoordination.ts'
import { selectSelectActor, useViewStore } from '../../state/viewStore.ts'
import { selectActiveWorkspace, useWorkspaceStore } from '../../state/workspaceStore.ts'
import { CommitInput } from './CommitInput.tsx'
import { InfluenceTower } from './InfluenceTower.tsx'

interface ActorEditPanelProps {
  graph: CaseGraph
  phaseId: string
  actorId: string
}

/** In the details panel, in edit mode: rename the chosen actor, its party, its influence here. */
export function ActorEditPanel({ graph, phaseId, actorId }: ActorEditPanelProps) {
  const t = useT()
  const lang = useLang()
  const workspace = useWorkspaceStore(selectActiveWorkspace)
  const editing = useEditStore(selectEditing)
  const readOnly = useTabStore((s) => (workspace ? s.readOnly[workspace.id] === true : true))
  const selectActor = useViewStore(selectSelectActor)
  const entry = graph.actors.find((a) => a.actor.id === actorId)
  if (!workspace || !editing || readOnly || !entry) return null
  const caseId = graph.kase.id
  const { actor } = entry
  const position = entry.positions.get(phaseId)
  const phase = graph.phases.find((p) => p.id === phaseId)
  const phaseLabel = phase ? localized(lang, phase.label, phase.labelEn) : phaseId
  const edit = (cmd: Parameters<typeof editWorkspace>[1]) => editWorkspace(workspace.id, cmd)

  return (
    <section className="actor-edit" aria-label={t.editing.details.heading}>
      <h3>{t.editing.details.heading}</h3>
      <label className="actor-edit__field">
        <span>{t.editing.details.name}</span>
        <CommitInput
          label={t.editing.details.name}
          value={actor.label}
          onCommit={(label) => edit({ kind: 'rename-actor', actorId, label })}
        />
      </label>
      <label className="actor-edit__field">
        <span>{t.editing.table.partyType}</span>
        <select
          value={actor.partyType}
          onChange={(event) =>
            edit({ kind: 'set-party-type', actorId, partyType: event.target.value as PartyType })
          }
        >
          {PARTY_TYPES.map((type) => (
            <option key={type} value={type}>
              {t.vocab.partyType[type]}
            </option>
          ))}
        </select>
      </label>
      {position ? (
        <InfluenceTower
          label={t.editing.table.influenceIn(actor.label, phaseLabel)}
          value={position.influence}
          onChange={(influence) =>
            edit({ kind: 'set-position', caseId, actorId, phaseId, influence })
          }
        />
      ) : (
        <button
          type="button"
          className="button"
          onClick={() => edit({ kind: 'set-position', caseId, actorId, phaseId })}
        >
          {t.editing.table.join(actor.label, phaseLabel)}
        </button>
      )}
      <button
        type="button"
        className="button button--quiet"
        onClick={() => {
          if (edit({ kind: 'delete-actor', caseId, actorId }) === null) selectActor(null)
        }}
      >
        {t.editing.table.deleteActor(actor.label)}
      </button>
    </section>
  )
}
