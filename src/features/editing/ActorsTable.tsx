import { useId, useState } from 'react'
import type { CaseGraph } from '../../domain/caseGraph.ts'
import { freshActorId } from '../../domain/edit/index.ts'
import { PARTY_TYPES, type PartyType, ROLES, type Role } from '../../domain/vocabulary.ts'
import { localized, useLang, useT } from '../../i18n/index.ts'
import { editWorkspace } from '../../state/editStore.ts'
import type { Workspace } from '../../state/workspaceStore.ts'
import { CommitInput } from './CommitInput.tsx'
import { InfluenceTower } from './InfluenceTower.tsx'

interface TableProps {
  workspace: Workspace
  graph: CaseGraph
  phaseId: string
}

/** Actors of the case: name, party type, and per phase taking part, influence and roles. */
export function ActorsTable({ workspace, graph, phaseId }: TableProps) {
  const t = useT()
  const te = t.editing.table
  const lang = useLang()
  const captionId = useId()
  const [newName, setNewName] = useState('')
  const caseId = graph.kase.id
  const edit = (cmd: Parameters<typeof editWorkspace>[1]) => editWorkspace(workspace.id, cmd)
  const phaseName = (p: (typeof graph.phases)[number]) => localized(lang, p.label, p.labelEn)

  const addActor = () => {
    const label = newName.trim()
    if (label === '') return
    const actorId = freshActorId(workspace.dataset, label)
    const refused = edit({
      kind: 'add-actor',
      caseId,
      actorId,
      label,
      partyType: 'burgers',
      phaseIds: [phaseId],
      influence: 2,
    })
    if (refused === null) setNewName('')
  }

  return (
    <section className="edit-table" aria-labelledby={captionId}>
      <h3 id={captionId}>{te.actorsCaption}</h3>
      {graph.actors.length === 0 && <p className="muted">{te.noActors}</p>}
      <div className="edit-table__scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{te.label}</th>
              <th scope="col">{te.partyType}</th>
              {graph.phases.map((p) => (
                <th key={p.id} scope="col">
                  {phaseName(p)}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{te.deleteActor('')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {graph.actors.map(({ actor, positions }) => (
              <tr key={actor.id}>
                <th scope="row">
                  <CommitInput
                    label={te.label}
                    value={actor.label}
                    onCommit={(label) => edit({ kind: 'rename-actor', actorId: actor.id, label })}
                  />
                </th>
                <td>
                  <select
                    aria-label={`${te.partyType}: ${actor.label}`}
                    value={actor.partyType}
                    onChange={(event) =>
                      edit({
                        kind: 'set-party-type',
                        actorId: actor.id,
                        partyType: event.target.value as PartyType,
                      })
                    }
                  >
                    {PARTY_TYPES.map((type) => (
                      <option key={type} value={type}>
                        {t.vocab.partyType[type]}
                      </option>
                    ))}
                  </select>
                </td>
                {graph.phases.map((phase) => {
                  const position = positions.get(phase.id)
                  const where = phaseName(phase)
                  return (
                    <td key={phase.id} className="edit-table__phase-cell">
                      <label className="edit-table__present">
                        <input
                          type="checkbox"
                          checked={position !== undefined}
                          aria-label={
                            position ? te.leave(actor.label, where) : te.join(actor.label, where)
                          }
                          onChange={() =>
                            edit(
                              position
                                ? {
                                    kind: 'leave-phase',
                                    caseId,
                                    actorId: actor.id,
                                    phaseId: phase.id,
                                  }
                                : {
                                    kind: 'set-position',
                                    caseId,
                                    actorId: actor.id,
                                    phaseId: phase.id,
                                  },
                            )
                          }
                        />
                        {!position && <span className="muted">{te.absent}</span>}
                      </label>
                      {position && (
                        <>
                          <InfluenceTower
                            label={te.influenceIn(actor.label, where)}
                            value={position.influence}
                            onChange={(influence) =>
                              edit({
                                kind: 'set-position',
                                caseId,
                                actorId: actor.id,
                                phaseId: phase.id,
                                influence,
                              })
                            }
                          />
                          <RolesPicker
                            label={te.rolesIn(actor.label, where)}
                            roles={position.roles}
                            onChange={(roles) =>
                              edit({
                                kind: 'set-position',
                                caseId,
                                actorId: actor.id,
                                phaseId: phase.id,
                                roles,
                              })
                            }
                          />
                        </>
                      )}
                    </td>
                  )
                })}
                <td>
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-label={te.deleteActor(actor.label)}
                    onClick={() => edit({ kind: 'delete-actor', caseId, actorId: actor.id })}
                  >
                    {te.deleteShort}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form
        className="edit-table__add"
        onSubmit={(event) => {
          event.preventDefault()
          addActor()
        }}
      >
        <input
          aria-label={te.newActorName}
          placeholder={te.newActorName}
          value={newName}
          onChange={(event) => setNewName(event.target.value)}
        />
        <button type="submit" className="button">
          {te.addActor}
        </button>
      </form>
    </section>
  )
}

interface RolesPickerProps {
  label: string
  roles: readonly Role[]
  onChange: (roles: Role[]) => void
}

/** Roles as checkboxes in a fold-out, summarised by the roles chosen. */
function RolesPicker({ label, roles, onChange }: RolesPickerProps) {
  const t = useT()
  const chosen = new Set(roles)
  return (
    <details className="roles-picker">
      <summary aria-label={label}>
        {roles.length > 0 ? roles.map((r) => t.vocab.role[r]).join(', ') : '–'}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{label}</legend>
        {ROLES.map((role) => (
          <label key={role}>
            <input
              type="checkbox"
              checked={chosen.has(role)}
              onChange={() =>
                onChange(chosen.has(role) ? roles.filter((r) => r !== role) : [...roles, role])
              }
            />
            {t.vocab.role[role]}
          </label>
        ))}
      </fieldset>
    </details>
  )
}
