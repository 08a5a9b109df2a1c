import { type KeyboardEvent, type ReactNode, useId, useRef } from 'react'

export interface TabItem<K extends string> {
  id: K
  label: string
}

interface TabsProps<K extends string> {
  /** Accessible name of the tab list. */
  label: string
  tabs: readonly TabItem<K>[]
  active: K
  onChange: (id: K) => void
  /** Content of the active tab. */
  children: ReactNode
}

/**
 * Tabs following the WAI-ARIA pattern: ←/→/Home/End move between tabs. The key events are
 * marked as handled (preventDefault) so page-wide shortcuts such as phase stepping skip them.
 */
export function Tabs<K extends string>({ label, tabs, active, onChange, children }: TabsProps<K>) {
  const base = useId()
  const buttons = useRef(new Map<K, HTMLButtonElement>())
  const move = (event: KeyboardEvent, delta: number | 'first' | 'last') => {
    event.preventDefault()
    const index = tabs.findIndex((tab) => tab.id === active)
    const next =
      delta === 'first'
        ? 0
        : delta === 'last'
          ? tabs.length - 1
          : (index + delta + tabs.length) % tabs.length
    const tab = tabs[next]
    if (!tab) return
    onChange(tab.id)
    buttons.current.get(tab.id)?.focus()
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowRight') move(event, 1)
    else if (event.key === 'ArrowLeft') move(event, -1)
    else if (event.key === 'Home') move(event, 'first')
    else if (event.key === 'End') move(event, 'last')
  }
  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tabs__list" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(el) => {
              if (el) buttons.current.set(tab.id, el)
              else buttons.current.delete(tab.id)
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${tab.id}`}
            aria-selected={tab.id === active}
            aria-controls={`${base}-panel`}
            tabIndex={tab.id === active ? 0 : -1}
            className="tabs__tab"
            onClick={() => onChange(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${base}-panel`}
        aria-labelledby={`${base}-tab-${active}`}
        className="tabs__panel"
        tabIndex={0}
      >
        {children}
      </div>
    </div>
  )
}
