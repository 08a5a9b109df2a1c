import { useId, useMemo } from 'react'
import {
  acrossCases,
  type PartySelector,
  partyTypesInUse,
  recurringCategories,
} from '../../domain/acrossCases.ts'
import type { Dataset } from '../../domain/schema.ts'
import { useT } from '../../i18n/index.ts'
import { selectAcross, selectSetAcross, useStudyStore } from '../../state/studyStore.ts'
import { AcrossCard } from './AcrossCard.tsx'

const encode = (s: PartySelector) =>
  s.kind === 'partyType' ? `type:${s.partyType}` : `category:${s.category}`

/** One party type or kind of actor followed through all cases, a card per case. */
export function AcrossScreen({ dataset }: { dataset: Dataset }) {
  const t = useT()
  const id = useId()
  const selector = useStudyStore(selectAcross)
  const setSelector = useStudyStore(selectSetAcross)
  const types = useMemo(() => partyTypesInUse(dataset), [dataset])
  const categories = useMemo(() => recurringCategories(dataset), [dataset])
  const cards = useMemo(() => acrossCases(dataset, selector), [dataset, selector])
  const options: PartySelector[] = [
    ...types.map((partyType) => ({ kind: 'partyType' as const, partyType })),
    ...categories.map(({ category }) => ({ kind: 'category' as const, category })),
  ]
  return (
    <div className="across">
      <header className="across__header">
        <h2>{t.study.across.heading}</h2>
        <p className="muted">{t.study.across.intro}</p>
        <label htmlFor={id}>{t.study.across.pick}</label>{' '}
        <select
          id={id}
          value={encode(selector)}
          onChange={(event) => {
            const next = options.find((o) => encode(o) === event.target.value)
            if (next) setSelector(next)
          }}
        >
          <optgroup label={t.study.across.partyTypeGroup}>
            {types.map((type) => (
              <option key={type} value={`type:${type}`}>
                {t.vocab.partyType[type]}
              </option>
            ))}
          </optgroup>
          <optgroup label={t.study.across.categoryGroup}>
            {categories.map(({ category, cases }) => (
              <option key={category} value={`category:${category}`}>
                {t.study.across.categoryOption(t.study.category[category] ?? category, cases)}
              </option>
            ))}
          </optgroup>
        </select>
      </header>
      <div className="across__cards">
        {cards.map((entry) => (
          <AcrossCard key={entry.kase.id} entry={entry} />
        ))}
      </div>
    </div>
  )
}
