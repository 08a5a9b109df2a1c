import { useId } from 'react'
import type { CaseGraph } from '../../domain/caseGraph.ts'
import { freshRelationId, type RelationPatch } from '../../domain/edit/index.ts'
import type { Relation } from '../../domain/schema.ts'
import {
  DIRECTED_BY_DEFAULT,
  RELATION_TYPES,
  type RelationType,
  STRENGTH_MAX,
  STRENGTH_MIN,
} from '../../domain/vocabulary.ts'
import { localized, useLang, useT } from '../../i18n/index.ts'
import { editWorkspace } from '../../state/editStore.ts'
import type { Workspace } from '../../state/workspaceStore.ts'

interface TableProps {
  workspace: Workspace
  graph: CaseGraph
  phaseId: string
}

const STRENGTHS = Array.from(
  { length: STRENGTH_MAX - STRENGTH_MIN + 1 },
  (_, i) => STRENGTH_MIN + i,
)

/** Relations of the case: from, to, kind, direction, strength and the phases they hold in. */
export function RelationsTable({ workspace, graph, phaseId }: TableProps) {
  const t = useT()
  const te = t.editing.table
  const lang = useLang()
  const captionId = useId()
  const caseId = graph.kase.id
  const labelOf = (id: string) => graph.actors.find((a) => a.actor.id === id)?.actor.label ?? id
  const update = (rel: Relation, patch: RelationPatch) =>
    editWorkspace(workspace.id, { kind: 'update-relation', caseId, relationId: rel.id, patch })

  // A new relation starts between the first two actors of the current phase; change it after.
  const [source, target] = graph.actors
    .filter((a) => a.positions.has(phaseId))
    .map((a) => a.actor.id)
  const addRelation = () => {
    if (source === undefined || target === undefined) return
    editWorkspace(workspace.id, {
      kind: 'add-relation',
      caseId,
      relationId: freshRelationId(workspace.dataset, source, target),
      source,
      target,
      type: 'samenwerking',
      directed: DIRECTED_BY_DEFAULT.samenwerking,
      strength: 2,
      phaseIds: [phaseId],
    })
  }

  const actorSelect = (rel: Relation, end: 'source' | 'target') => (
    <select
      aria-label={`${end === 'source' ? te.from : te.to}: ${labelOf(rel.source)} – ${labelOf(rel.target)}`}
      value={rel[end]}
      onChange={(event) => update(rel, { [end]: event.target.value })}
    >
      {graph.actors.map(({ actor }) => (
        <option key={actor.id} value={actor.id}>
          {actor.label}
        </option>
      ))}
    </select>
  )

  return (
    <section className="edit-table" aria-labelledby={captionId}>
      <h3 id={captionId}>{te.relationsCaption}</h3>
      {graph.relations.length === 0 && <p className="muted">{te.noRelations}</p>}
      <div className="edit-table__scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{te.from}</th>
              <th scope="col">{te.to}</th>
              <th scope="col">{te.type}</th>
              <th scope="col">{te.direction}</th>
              <th scope="col">{te.strength}</th>
              <th scope="col">{te.phases}</th>
              <th scope="col">
                <span className="visually-hidden">{te.deleteRelation('', '')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {graph.relations.map((rel) => {
              const name = `${labelOf(rel.source)} – ${labelOf(rel.target)}`
              return (
                <tr key={rel.id}>
                  <td>{actorSelect(rel, 'source')}</td>
                  <td>{actorSelect(rel, 'target')}</td>
                  <td>
                    <select
                      aria-label={`${te.type}: ${name}`}
                      value={rel.type}
                      onChange={(event) =>
                        update(rel, { type: event.target.value as RelationType })
                      }
                    >
                      {RELATION_TYPES.map((type) => (
                        <option key={type} value={type}>
                          {t.vocab.relationType[type]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select
                      aria-label={`${te.direction}: ${name}`}
                      value={rel.directed ? 'directed' : 'undirected'}
                      onChange={(event) =>
                        update(rel, { directed: event.target.value === 'directed' })
                      }
                    >
                      <option value="directed">{te.directed}</option>
                      <option value="undirected">{te.undirected}</option>
                    </select>
                  </td>
                  <td>
                    <select
                      aria-label={`${te.strength}: ${name}`}
                      value={rel.strength}
                      onChange={(event) => update(rel, { strength: Number(event.target.value) })}
                    >
                      {STRENGTHS.map((s) => (
                        <option key={s} value={s}>
                          {s}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="edit-table__phases">
                    {graph.phases.map((phase) => {
                      const on = rel.phases.includes(phase.id)
                      const label = localized(lang, phase.label, phase.labelEn)
                      return (
                        <label key={phase.id}>
                          <input
                            type="checkbox"
                            checked={on}
                            aria-label={`${te.inPhase(label)}: ${name}`}
                            onChange={() =>
                              update(rel, {
                                phases: on
                                  ? rel.phases.filter((p) => p !== phase.id)
                                  : [...rel.phases, phase.id],
                              })
                            }
                          />
                          {phase.order}
                        </label>
                      )
                    })}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button--quiet"
                      aria-label={te.deleteRelation(labelOf(rel.source), labelOf(rel.target))}
                      onClick={() =>
                        editWorkspace(workspace.id, {
                          kind: 'delete-relation',
                          caseId,
                          relationId: rel.id,
                        })
                      }
                    >
                      {te.deleteShort}
                    </button>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        className="button"
        disabled={source === undefined || target === undefined}
        onClick={addRelation}
      >
        {te.addRelation}
      </button>
    </section>
  )
}
