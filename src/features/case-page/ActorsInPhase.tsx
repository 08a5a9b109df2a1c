import { useState } from 'react'
import { ShapeIcon } from '../../components/ShapeIcon.tsx'
import type { CaseActor, CaseGraph } from '../../domain/caseGraph.ts'
import { PARTY_STYLE } from '../../graph/encoding.ts'
import { localized, useLang, useT } from '../../i18n/index.ts'
import { selectSelectActor, useViewStore } from '../../state/viewStore.ts'

/**
 * The actors of the phase as buttons, strongest first: the keyboard and screen-reader way to
 * open an actor's details (the canvas itself cannot be focused).
 */
export function ActorsInPhase({ graph, phaseId }: { graph: CaseGraph; phaseId: string }) {
  const t = useT()
  const present = graph.actors
    .filter((a) => a.positions.has(phaseId))
    .sort(
      (a, b) =>
        (b.positions.get(phaseId)?.influence ?? 0) - (a.positions.get(phaseId)?.influence ?? 0),
    )
  const absent = graph.actors.filter((a) => !a.positions.has(phaseId))
  return (
    <>
      <h3 className="details__subhead">{t.casePage.actorsInPhase}</h3>
      <ActorButtons actors={present} phaseId={phaseId} />
      {absent.length > 0 && (
        <>
          <h4 className="details__minorhead">{t.casePage.absentActors}</h4>
          <ActorButtons actors={absent} phaseId={phaseId} />
        </>
      )}
    </>
  )
}

/**
 * How many actors a list shows before "show more": an imported network of thousands would
 * otherwise put tens of thousands of elements on the page and hold it for seconds.
 */
export const ACTOR_LIST_STEP = 60

function ActorButtons({ actors, phaseId }: { actors: readonly CaseActor[]; phaseId: string }) {
  const t = useT()
  const lang = useLang()
  const selectActor = useViewStore(selectSelectActor)
  const [shown, setShown] = useState(ACTOR_LIST_STEP)
  const hidden = Math.max(0, actors.length - shown)
  return (
    <>
      <ul className="actor-buttons">
        {actors.slice(0, shown).map(({ actor, positions }) => {
          const influence = positions.get(phaseId)?.influence
          return (
            <li key={actor.id}>
              <button type="button" className="actor-button" onClick={() => selectActor(actor.id)}>
                <ShapeIcon
                  shape={PARTY_STYLE[actor.partyType].shape}
                  colour={PARTY_STYLE[actor.partyType].colour}
                  size={16}
                />
                <span className="actor-button__name">
                  {localized(lang, actor.label, actor.labelEn)}
                </span>
                {influence !== undefined && (
                  <span className="actor-button__score">
                    <span className="visually-hidden">{t.actor.influence}: </span>
                    {influence}
                  </span>
                )}
              </button>
            </li>
          )
        })}
      </ul>
      {hidden > 0 && (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => setShown((count) => count + ACTOR_LIST_STEP * 5)}
        >
          {t.casePage.showMoreActors(Math.min(hidden, ACTOR_LIST_STEP * 5), hidden)}
        </button>
      )}
    </>
  )
}
