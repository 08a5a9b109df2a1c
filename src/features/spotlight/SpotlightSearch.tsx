import { type KeyboardEvent, useId, useMemo, useState } from 'react'
import type { CaseGraph } from '../../domain/caseGraph.ts'
import { localized, useLang, useT } from '../../i18n/index.ts'
import { selectSpotlight, useSpotlightStore } from '../../state/spotlightStore.ts'
import { matchActors } from './matchActors.ts'

/**
 * Type a name to spotlight an actor: an editable combobox with a list of suggestions
 * (the ARIA 1.2 combobox pattern). A second actor shows the shortest path between the two.
 */
export function SpotlightSearch({ graph }: { graph: CaseGraph }) {
  const t = useT().facilitator.spotlight
  const lang = useLang()
  const lit = useSpotlightStore(selectSpotlight)
  const [query, setQuery] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const id = useId()
  const listId = `${id}-list`
  const options = useMemo(
    () =>
      graph.actors
        .map(({ actor }) => ({ id: actor.id, label: localized(lang, actor.label, actor.labelEn) }))
        .sort((a, b) => a.label.localeCompare(b.label, lang)),
    [graph, lang],
  )
  const matches = useMemo(() => matchActors(options, query), [options, query])
  const expanded = open && matches.length > 0
  const activeOption = expanded ? matches[Math.min(active, matches.length - 1)] : undefined

  const choose = (actorId: string) => {
    useSpotlightStore.getState().spotlight(actorId)
    setQuery('')
    setOpen(false)
    setActive(0)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      if (!open) setOpen(true)
      else {
        const delta = event.key === 'ArrowDown' ? 1 : -1
        setActive((i) => (i + delta + matches.length) % Math.max(1, matches.length))
      }
    } else if (event.key === 'Enter' && activeOption) {
      event.preventDefault()
      choose(activeOption.id)
    } else if (event.key === 'Escape') {
      // Esc closes the list first, then empties the field (ARIA practice for comboboxes).
      event.preventDefault()
      if (expanded) setOpen(false)
      else setQuery('')
    }
  }
  const name = (actorId: string) => options.find((o) => o.id === actorId)?.label ?? actorId

  return (
    <div className="spotlight">
      <label htmlFor={`${id}-input`} className="spotlight__label">
        {t.label}
      </label>
      <div className="spotlight__field">
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={activeOption ? `${id}-opt-${activeOption.id}` : undefined}
          autoComplete="off"
          placeholder={t.placeholder}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value)
            setOpen(true)
            setActive(0)
          }}
          onFocus={() => setOpen(query !== '')}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={t.options}
          className="spotlight__list"
          hidden={!expanded}
        >
          {expanded &&
            matches.map((option) => (
              <li
                key={option.id}
                id={`${id}-opt-${option.id}`}
                role="option"
                aria-selected={option === activeOption}
                className="spotlight__option"
                // mousedown, not click: the input's blur would close the list first.
                onMouseDown={(event) => {
                  event.preventDefault()
                  choose(option.id)
                }}
              >
                {option.label}
              </li>
            ))}
        </ul>
      </div>
      {open && query !== '' && matches.length === 0 && (
        <p className="spotlight__none" role="status">
          {t.noMatch}
        </p>
      )}
      {lit.length > 0 && (
        <div className="spotlight__chosen">
          <p>
            {lit.length === 2
              ? t.two(name(lit[0] ?? ''), name(lit[1] ?? ''))
              : t.one(name(lit[0] ?? ''))}
          </p>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => useSpotlightStore.getState().clearSpotlight()}
          >
            {t.clear}
          </button>
        </div>
      )}
      <p className="spotlight__hint">{t.hint}</p>
    </div>
  )
}
