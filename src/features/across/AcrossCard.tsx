import { useId } from 'react'
import { ShapeIcon } from '../../components/ShapeIcon.tsx'
import type { ActorAcross, CaseAcross } from '../../domain/acrossCases.ts'
import { RELATION_TYPES } from '../../domain/vocabulary.ts'
import { PARTY_STYLE } from '../../graph/encoding.ts'
import { formatList, formatNumber, formatPartialDate } from '../../i18n/format.ts'
import { localized, useLang, useT } from '../../i18n/index.ts'
import { useViewStore } from '../../state/viewStore.ts'
import { Sparkline } from './Sparkline.tsx'

/** One case: each matching actor with influence and roles per phase and its ties. */
export function AcrossCard({ entry }: { entry: CaseAcross }) {
  const t = useT()
  const lang = useLang()
  const headingId = useId()
  const { kase } = entry
  const period = [kase.period?.start, kase.period?.end]
    .flatMap((date) => (date ? [formatPartialDate(lang, date)] : []))
    .join(' – ')
  return (
    <article className="across-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="across-card__title">
        {localized(lang, kase.title, kase.titleEn)}{' '}
        <span className="across-card__city">({kase.city})</span>
      </h3>
      {period && <p className="across-card__period">{period}</p>}
      {entry.actors.length === 0 ? (
        <p className="muted">{t.study.across.notInCase}</p>
      ) : (
        entry.actors.map((a) => <ActorRow key={a.actor.id} entry={entry} actor={a} />)
      )}
    </article>
  )
}

function ActorRow({ entry, actor }: { entry: CaseAcross; actor: ActorAcross }) {
  const t = useT()
  const lang = useLang()
  const name = localized(lang, actor.actor.label, actor.actor.labelEn)
  const values = actor.influence.map((v) =>
    v === null ? t.study.across.absent : formatNumber(lang, v),
  )
  const spoken = values.map((v, i) => `${t.study.across.phaseLong(i + 1)} ${v}`)
  const firstPhase =
    entry.phaseIds[actor.influence.findIndex((v) => v !== null)] ?? entry.phaseIds[0]
  const ties = RELATION_TYPES.flatMap((type) => {
    const n = actor.tieTypes[type]
    return n ? [`${formatNumber(lang, n)} × ${t.vocab.relationType[type].toLowerCase()}`] : []
  })
  return (
    <div className="across-actor">
      <p className="across-actor__name">
        <ShapeIcon
          shape={PARTY_STYLE[actor.actor.partyType].shape}
          colour={PARTY_STYLE[actor.actor.partyType].colour}
          size={16}
        />
        <span>
          <strong>{name}</strong> · {t.vocab.partyType[actor.actor.partyType]}
        </span>
      </p>
      <div className="across-actor__influence">
        <span className="across-actor__label">{t.study.across.influence}</span>
        <Sparkline
          values={actor.influence}
          label={t.study.across.sparkline(formatList(lang, spoken))}
        />
        <span aria-hidden="true" className="across-actor__values">
          {values.join(' · ')}
        </span>
      </div>
      <p className="across-actor__label">{t.study.across.roles}</p>
      <ol className="across-actor__roles">
        {actor.roles.map((roles, i) => (
          <li key={entry.phaseIds[i]}>
            <abbr title={t.study.across.phaseLong(i + 1)}>{t.study.across.phaseShort(i + 1)}</abbr>{' '}
            {roles === null
              ? t.study.across.absent
              : roles.length === 0
                ? t.study.across.noRoles
                : roles.map((r) => t.vocab.role[r]).join(', ')}
          </li>
        ))}
      </ol>
      <p>
        {t.study.across.ties(actor.ties)}
        {ties.length > 0 && `: ${ties.join(', ')}`}
      </p>
      <button
        type="button"
        className="button button--quiet"
        onClick={() =>
          useViewStore.getState().restore({
            screen: 'explore',
            caseId: entry.kase.id,
            phaseId: firstPhase ?? null,
            actorId: actor.actor.id,
          })
        }
      >
        {t.study.across.open(name)}
      </button>
    </div>
  )
}
