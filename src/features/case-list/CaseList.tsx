import { useId } from 'react'
import { ProvenanceBadge } from '../../components/ProvenanceBadge.tsx'
import type { Case } from '../../domain/schema.ts'
import { PROVENANCE_KINDS } from '../../domain/vocabulary.ts'
import { localized, useLang, useT } from '../../i18n/index.ts'
import { firstPhaseId } from '../../state/resolveView.ts'
import { selectCaseId, selectOpenCase, useViewStore } from '../../state/viewStore.ts'

/**
 * The cases as a list of buttons. Choosing a case opens it at its first phase. On narrow
 * screens, once a case is open, CSS swaps this list for the compact `CasePicker`.
 */
export function CaseList({ cases }: { cases: readonly Case[] }) {
  const t = useT()
  const headingId = useId()
  const selected = useViewStore(selectCaseId)
  const openCase = useViewStore(selectOpenCase)
  const open = (kase: Case) => openCase(kase.id, firstPhaseId(kase))
  return (
    <nav className="case-list" aria-labelledby={headingId}>
      <h2 id={headingId} className="case-list__heading">
        {t.caseList.heading}
      </h2>
      <ul className="case-list__items">
        {cases.map((kase) => (
          <li key={kase.id}>
            <CaseItem kase={kase} selected={kase.id === selected} onChoose={open} />
          </li>
        ))}
      </ul>
      <details className="case-list__help">
        <summary>{t.caseList.badgeHelpSummary}</summary>
        <dl>
          {PROVENANCE_KINDS.map((kind) => (
            <div key={kind}>
              <dt>
                <ProvenanceBadge kind={kind} />
              </dt>
              <dd>{t.provenance.explain[kind]}</dd>
            </div>
          ))}
        </dl>
      </details>
    </nav>
  )
}

interface CaseItemProps {
  kase: Case
  selected: boolean
  onChoose: (kase: Case) => void
}

/**
 * A case card. Only the title is the button (its accessible name); the rest describes it. The
 * button's click area is stretched over the whole card with CSS.
 */
function CaseItem({ kase, selected, onChoose }: CaseItemProps) {
  const t = useT()
  const lang = useLang()
  const id = useId()
  return (
    <div className="case-item" data-current={selected ? 'true' : undefined}>
      <button
        type="button"
        className="case-item__title"
        aria-current={selected ? 'true' : undefined}
        aria-describedby={`${id}-desc`}
        onClick={() => onChoose(kase)}
      >
        {localized(lang, kase.title, kase.titleEn)}
      </button>
      <div id={`${id}-desc`} className="case-item__desc">
        <span className="case-item__meta">
          {t.vocab.theme[kase.theme]} · {kase.city}
        </span>
        <span className="case-item__summary">{localized(lang, kase.summary, kase.summaryEn)}</span>
        <ProvenanceBadge kind={kase.provenance.kind} />
      </div>
    </div>
  )
}
