import { type KeyboardEvent, useEffect, useMemo, useRef } from 'react'
import { ShapeIcon } from '../../components/ShapeIcon.tsx'
import type { CaseGraph, PhaseGraph } from '../../domain/caseGraph.ts'
import { phaseMetrics } from '../../domain/metrics/index.ts'
import { PARTY_STYLE } from '../../graph/encoding.ts'
import { formatNumber } from '../../i18n/format.ts'
import { localized, useLang, useT } from '../../i18n/index.ts'
import { selectActorId, selectSelectActor, useViewStore } from '../../state/viewStore.ts'

interface ActorTableProps {
  /** The drawn case graph, for the actors drawn faded (not active in the phase). */
  graph: CaseGraph
  phase: PhaseGraph
  caption: string
}

/**
 * The actors of the phase, most influence first, with party type, role, influence and
 * structural measures; actors drawn faded follow with "not active". The name is a button that
 * chooses the actor, as a click on the node does; ↑ and ↓ move between those buttons.
 */
export function ActorTable({ graph, phase, caption }: ActorTableProps) {
  const t = useT()
  const lang = useLang()
  const selected = useViewStore(selectActorId)
  const selectActor = useViewStore(selectSelectActor)
  const metrics = useMemo(() => phaseMetrics(phase), [phase])
  const body = useRef<HTMLTableSectionElement>(null)
  const byId = new Map(metrics.actors.map((m) => [m.id, m]))
  const present = [...phase.actors].sort(
    (a, b) =>
      b.position.influence - a.position.influence || a.actor.label.localeCompare(b.actor.label),
  )
  const presentIds = new Set(present.map((a) => a.actor.id))
  const absent = graph.actors.filter((a) => !presentIds.has(a.actor.id)).map((a) => a.actor)

  useEffect(
    function keepSelectedRowInView() {
      const row = body.current?.querySelector('[aria-pressed="true"]')
      row?.scrollIntoView?.({ block: 'nearest' })
    },
    [selected],
  )

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
    const buttons = [...(body.current?.querySelectorAll('button') ?? [])]
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement)
    if (index < 0) return
    const next = buttons[index + (event.key === 'ArrowDown' ? 1 : -1)]
    if (!next) return
    event.preventDefault()
    next.focus()
  }

  const nameCell = (id: string, name: string) => (
    <th scope="row">
      <button
        type="button"
        className="table-actor"
        aria-pressed={selected === id}
        onClick={() => selectActor(selected === id ? null : id)}
      >
        {name}
      </button>
    </th>
  )

  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.study.table.actor}</th>
            <th scope="col">{t.study.table.partyType}</th>
            <th scope="col">{t.study.table.roles}</th>
            <th scope="col">{t.study.table.influence}</th>
            <th scope="col">{t.study.table.degree}</th>
            <th scope="col">{t.study.table.betweenness}</th>
            <th scope="col">{t.study.table.pagerank}</th>
          </tr>
        </thead>
        <tbody ref={body} onKeyDown={onKeyDown}>
          {present.map(({ actor, position }) => {
            const m = byId.get(actor.id)
            return (
              <tr key={actor.id} className={selected === actor.id ? 'is-selected' : undefined}>
                {nameCell(actor.id, localized(lang, actor.label, actor.labelEn))}
                <td>
                  <ShapeIcon
                    shape={PARTY_STYLE[actor.partyType].shape}
                    colour={PARTY_STYLE[actor.partyType].colour}
                    size={14}
                  />{' '}
                  {t.vocab.partyType[actor.partyType]}
                </td>
                <td>
                  {position.roles.length > 0
                    ? position.roles.map((r) => t.vocab.role[r]).join(', ')
                    : t.actor.noRoles}
                </td>
                <td className="num">{formatNumber(lang, position.influence)}</td>
                <td className="num">{m ? formatNumber(lang, m.degree) : ''}</td>
                <td className="num">{m ? formatNumber(lang, m.betweennessNormalized, 3) : ''}</td>
                <td className="num">{m ? formatNumber(lang, m.pagerank, 3) : ''}</td>
              </tr>
            )
          })}
          {absent.map((actor) => (
            <tr key={actor.id} className={selected === actor.id ? 'is-selected' : 'is-absent'}>
              {nameCell(actor.id, localized(lang, actor.label, actor.labelEn))}
              <td>
                <ShapeIcon
                  shape={PARTY_STYLE[actor.partyType].shape}
                  colour={PARTY_STYLE[actor.partyType].colour}
                  size={14}
                  dashed
                  faded
                />{' '}
                {t.vocab.partyType[actor.partyType]}
              </td>
              <td colSpan={5}>{t.study.table.absent}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
