import { localized, useLang, useT } from '../../i18n/index.ts'
import type { RelationFact } from './actorFacts.ts'

const ARROWS = { out: '→', in: '←', both: '↔' } as const

interface RelationListProps {
  facts: readonly RelationFact[]
  onChooseActor: (actorId: string) => void
}

/** The actor's relations in this phase: type, direction, the other party (a button), strength. */
export function RelationList({ facts, onChooseActor }: RelationListProps) {
  const t = useT()
  const lang = useLang()
  if (facts.length === 0) return <p className="muted">{t.actor.noRelations}</p>
  return (
    <ul className="relations">
      {facts.map(({ relation, direction, other }) => {
        const otherName = other ? localized(lang, other.actor.label, other.actor.labelEn) : '?'
        const note = relation.label ? localized(lang, relation.label, relation.labelEn) : null
        return (
          <li key={relation.id} className="relations__item">
            <span className="relations__type">{t.vocab.relationType[relation.type]}</span>{' '}
            <span aria-hidden="true">{ARROWS[direction]} </span>
            <span>{t.actor.direction[direction]} </span>
            {other ? (
              <button
                type="button"
                className="link-button"
                aria-label={t.actor.showActor(otherName)}
                onClick={() => onChooseActor(other.actor.id)}
              >
                {otherName}
              </button>
            ) : (
              otherName
            )}
            <span className="relations__strength"> · {t.actor.strength(relation.strength)}</span>
            {note && <span className="relations__note"> · {note}</span>}
          </li>
        )
      })}
    </ul>
  )
}
