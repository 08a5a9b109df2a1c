import { type KeyboardEvent, useMemo, useState } from 'react'
import type { CaseGraph } from '../domain/caseGraph.ts'
import type { Positions } from '../graph/layout.ts'
import { readingOrder } from '../graph/readingOrder.ts'
import { localized, useLang, useT } from '../i18n/index.ts'
import { useAnnounceStore } from '../state/announceStore.ts'

interface GraphKeyboard {
  /** The actor with the keyboard focus ring, while the graph itself has focus. */
  focusedActorId: string | null
  containerProps: {
    tabIndex: 0
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => void
    onFocus: () => void
    onBlur: () => void
  }
}

const NEXT = new Set(['ArrowRight', 'ArrowDown'])
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp'])

/**
 * Keyboard use of the network: while its container has focus, the arrow keys move a focus
 * ring between the drawn actors in reading order (rows top to bottom, each left to right),
 * Home and End jump to the first and last, Enter chooses the actor and Esc clears the choice.
 * The handled keys stop here, so the page-wide ← → phase keys do not also fire.
 */
export function useGraphKeyboard(
  graph: CaseGraph,
  phaseId: string,
  positions: Positions,
  selectedActorId: string | null,
  onSelect: (actorId: string | null) => void,
): GraphKeyboard {
  const t = useT()
  const lang = useLang()
  const [focusId, setFocusId] = useState<string | null>(null)
  const [hasFocus, setHasFocus] = useState(false)
  const order = useMemo(
    () =>
      readingOrder(
        graph.actors.map((a) => a.actor.id),
        positions,
      ),
    [graph, positions],
  )
  // An actor filtered away or of another case cannot keep the focus.
  const current = focusId !== null && order.includes(focusId) ? focusId : null

  const moveTo = (id: string | undefined) => {
    if (id === undefined) return
    setFocusId(id)
    const entry = graph.actors.find((a) => a.actor.id === id)
    if (!entry) return
    const position = entry.positions.get(phaseId)
    const phaseInfluence =
      position === undefined ? t.study.table.absent : String(position.influence)
    useAnnounceStore
      .getState()
      .announce(
        t.study.a11y.focused(
          localized(lang, entry.actor.label, entry.actor.labelEn),
          t.vocab.partyType[entry.actor.partyType],
          phaseInfluence,
        ),
      )
  }

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.target !== event.currentTarget) return
    if (event.altKey || event.ctrlKey || event.metaKey) return
    const last = order.length - 1
    const index = current === null ? -1 : order.indexOf(current)
    // The first arrow press starts at the chosen actor, if any, else at the first or last.
    const start =
      selectedActorId !== null && order.includes(selectedActorId) ? selectedActorId : undefined
    let handled = true
    if (NEXT.has(event.key))
      moveTo(index < 0 ? (start ?? order[0]) : order[(index + 1) % order.length])
    else if (PREVIOUS.has(event.key))
      moveTo(index < 0 ? (start ?? order[last]) : order[(index - 1 + order.length) % order.length])
    else if (event.key === 'Home') moveTo(order[0])
    else if (event.key === 'End') moveTo(order[order.length - 1])
    else if (event.key === 'Enter' && current !== null) onSelect(current)
    else if (event.key === 'Escape' && (selectedActorId !== null || current !== null)) {
      onSelect(null)
      setFocusId(null)
    } else handled = false
    if (handled) {
      event.preventDefault()
      event.stopPropagation()
    }
  }

  return {
    focusedActorId: hasFocus ? current : null,
    containerProps: {
      tabIndex: 0,
      onKeyDown,
      onFocus: () => setHasFocus(true),
      onBlur: () => setHasFocus(false),
    },
  }
}
