import { useId } from 'react'
import { ProvenanceLine } from '../../components/ProvenanceLine.tsx'
import type { CaseGraph } from '../../domain/caseGraph.ts'
import type { Source } from '../../domain/schema.ts'
import { WORLD_OF_PARTY_TYPE } from '../../domain/vocabulary.ts'
import { PARTY_STYLE } from '../../graph/encoding.ts'
import { ShapeIcon } from '../../components/ShapeIcon.tsx'
import { localized, useLang, useT } from '../../i18n/index.ts'
import { selectSelectActor, useViewStore } from '../../state/viewStore.ts'
import { influenceByPhase, relationsOf } from './actorFacts.ts'
import { InfluenceByPhase } from './InfluenceByPhase.tsx'
import { RelationList } from './RelationList.tsx'

interface ActorDetailsProps {
  graph: CaseGraph
  phaseId: string
  actorId: string
  sources: readonly Source[]
}

/** Everything about one actor in this case: who, its role and influence per phase, ties, provenance. */
export function ActorDetails({ graph, phaseId, actorId, sources }: ActorDetailsProps) {
  const t = useT()
  const lang = useLang()
  const headingId = useId()
  const selectActor = useViewStore(selectSelectActor)
  const entry = graph.actors.find((a) => a.actor.id === actorId)
  if (!entry) return null
  const { actor, participant } = entry
  const position = entry.positions.get(phaseId)
  const world = WORLD_OF_PARTY_TYPE[actor.partyType]
  const description = localized(lang, actor.description ?? '', actor.descriptionEn)

  return (
    <article className="details" aria-labelledby={headingId}>
      <header className="details__header">
        <h2 id={headingId} className="details__title">
          <ShapeIcon
            shape={PARTY_STYLE[actor.partyType].shape}
            colour={PARTY_STYLE[actor.partyType].colour}
          />
          {localized(lang, actor.label, actor.labelEn)}
        </h2>
        <button type="button" className="button button--quiet" onClick={() => selectActor(null)}>
          {t.actor.close}
        </button>
      </header>
      <dl className="facts">
        <dt>{t.actor.partyType}</dt>
        <dd>{t.vocab.partyType[actor.partyType]}</dd>
        <dt>{t.actor.world}</dt>
        <dd>{t.vocab.world[world]}</dd>
        <dt>{t.actor.roles}</dt>
        <dd>
          {position
            ? position.roles.length > 0
              ? position.roles.map((role) => t.vocab.role[role]).join(', ')
              : t.actor.noRoles
            : t.actor.absentInPhase}
        </dd>
        <dt>{t.actor.influence}</dt>
        <dd>{position ? t.actor.influenceValue(position.influence) : t.actor.absentInPhase}</dd>
      </dl>
      <h3 className="details__subhead">{t.actor.perPhase}</h3>
      <InfluenceByPhase rows={influenceByPhase(graph, entry)} currentPhaseId={phaseId} />
      <h3 className="details__subhead">{t.actor.motive}</h3>
      <p>{localized(lang, participant.motive, participant.motiveEn)}</p>
      {description && (
        <>
          <h3 className="details__subhead">{t.actor.description}</h3>
          <p>{description}</p>
        </>
      )}
      <h3 className="details__subhead">{t.actor.relations}</h3>
      <RelationList facts={relationsOf(graph, actorId, phaseId)} onChooseActor={selectActor} />
      <ProvenanceLine
        provenance={participant.provenance}
        sources={sources}
        label={t.actor.provenance}
      />
      {position && (
        <ProvenanceLine
          provenance={position.provenance}
          sources={sources}
          label={t.actor.positionProvenance}
        />
      )}
    </article>
  )
}
