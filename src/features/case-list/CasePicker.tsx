import { useId } from 'react'
import type { Case } from '../../domain/schema.ts'
import { localized, useLang, useT } from '../../i18n/index.ts'
import { firstPhaseId } from '../../state/resolveView.ts'
import { selectCaseId, selectOpenCase, useViewStore } from '../../state/viewStore.ts'

/** The case list folded into one select, for the header on narrow screens. */
export function CasePicker({ cases }: { cases: readonly Case[] }) {
  const t = useT()
  const lang = useLang()
  const id = useId()
  const selected = useViewStore(selectCaseId)
  const openCase = useViewStore(selectOpenCase)
  const onChoose = (kase: Case) => openCase(kase.id, firstPhaseId(kase))
  return (
    <div className="case-select">
      <label htmlFor={id}>{t.caseList.selectLabel}</label>
      <select
        id={id}
        value={selected ?? ''}
        onChange={(event) => {
          const kase = cases.find((c) => c.id === event.target.value)
          if (kase) onChoose(kase)
        }}
      >
        <option value="" disabled>
          {t.caseList.selectPlaceholder}
        </option>
        {cases.map((kase) => (
          <option key={kase.id} value={kase.id}>
            {localized(lang, kase.title, kase.titleEn)} ({kase.city})
          </option>
        ))}
      </select>
    </div>
  )
}
