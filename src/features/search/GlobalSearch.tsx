import { type KeyboardEvent, useId, useMemo, useState } from 'react'
import { isConceptId } from '../../domain/glossary.ts'
import type { Dataset } from '../../domain/schema.ts'
import { search, type SearchHit } from '../../domain/search.ts'
import { useLang, useT } from '../../i18n/index.ts'
import { firstPhaseId } from '../../state/resolveView.ts'
import { useStudyStore } from '../../state/studyStore.ts'
import { useViewStore } from '../../state/viewStore.ts'
import { buildSearchIndex } from './searchIndex.ts'

/** Opens what a search hit points at: a case, an actor in its case, or a glossary entry. */
function choose(dataset: Dataset, hit: SearchHit): void {
  const view = useViewStore.getState()
  if (hit.kind === 'concept') {
    if (isConceptId(hit.conceptId)) useStudyStore.getState().showConcept(hit.conceptId)
    view.showScreen('glossary')
    return
  }
  const kase = dataset.cases.find((c) => c.id === hit.caseId)
  if (!kase) return
  if (hit.kind === 'case') {
    view.openCase(kase.id, firstPhaseId(kase))
    return
  }
  // The actor's first phase, so it is drawn (not faded) when the case opens.
  const participant = kase.participants.find((p) => p.actor === hit.actorId)
  const phases = [...kase.phases].sort((a, b) => a.order - b.order)
  const phase =
    phases.find((ph) => participant?.positions.some((pos) => pos.phase === ph.id)) ?? phases[0]
  view.restore({
    screen: 'explore',
    caseId: kase.id,
    phaseId: phase?.id ?? null,
    actorId: hit.actorId,
  })
}

/**
 * The header's search: a combobox (ARIA 1.2 pattern) with a grouped list of cases, actors
 * and concepts. ↓ and ↑ move through the hits, Enter opens one, Esc closes the list.
 */
export function GlobalSearch({ dataset }: { dataset: Dataset }) {
  const t = useT()
  const lang = useLang()
  const id = useId()
  const listId = `${id}-list`
  const [query, setQuery] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  // Built when the search is first used, not with the page: it reads every actor and case.
  const [used, setUsed] = useState(false)
  if (open && !used) setUsed(true)
  const index = useMemo(
    () => (used ? buildSearchIndex(dataset, lang, t) : null),
    [used, dataset, lang, t],
  )
  const groups = useMemo(() => (index ? search(index, query) : []), [index, query])
  const hits = groups.flatMap((g) => g.hits)
  const typed = open && query.trim() !== ''
  const expanded = typed && hits.length > 0
  const activeHit = expanded ? hits[Math.min(active, hits.length - 1)] : undefined
  const optionId = (hit: SearchHit) => `${id}-${hit.key}`

  const pick = (hit: SearchHit) => {
    choose(dataset, hit)
    setOpen(false)
    setQuery('')
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      if (!expanded) return setOpen(true)
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((a) => (Math.min(a, hits.length - 1) + step + hits.length) % hits.length)
    } else if (event.key === 'Enter' && activeHit) {
      event.preventDefault()
      pick(activeHit)
    } else if (event.key === 'Escape') {
      event.preventDefault()
      if (expanded) setOpen(false)
      else setQuery('')
    }
  }

  return (
    <div className="search">
      <label htmlFor={id} className="visually-hidden">
        {t.study.search.label}
      </label>
      <input
        id={id}
        type="search"
        role="combobox"
        className="search__input"
        placeholder={t.study.search.placeholder}
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={activeHit ? optionId(activeHit) : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value)
          setActive(0)
          setOpen(true)
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      <div
        id={listId}
        role="listbox"
        aria-label={t.study.search.label}
        className="search__list"
        hidden={!expanded}
      >
        {groups.map((group) => (
          <div key={group.kind} role="group" aria-labelledby={`${id}-${group.kind}`}>
            <div role="presentation" id={`${id}-${group.kind}`} className="search__group">
              {t.study.search.groups[group.kind]}
            </div>
            {group.hits.map((hit) => (
              <div
                key={hit.key}
                id={optionId(hit)}
                role="option"
                aria-selected={hit === activeHit}
                className="search__option"
                // Keep the focus in the field, so the list does not close before the click.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => pick(hit)}
              >
                <span className="search__label">{hit.label}</span>{' '}
                <span className="search__detail">{hit.detail}</span>
              </div>
            ))}
          </div>
        ))}
      </div>
      {typed && hits.length === 0 && <div className="search__none">{t.study.search.none}</div>}
      <div className="visually-hidden" role="status">
        {typed ? t.study.search.count(hits.length) : ''}
      </div>
    </div>
  )
}
