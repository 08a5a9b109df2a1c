import { useId } from 'react'
import { useT } from '../../i18n/index.ts'
import { useFilterStore } from '../../state/filterStore.ts'
import { showEverything } from './FilterPanel.tsx'

/** "Show ties 1 / 2 steps out" for one actor, and the way back to the whole network. */
export function NeighbourhoodControls({ actorId }: { actorId: string }) {
  const t = useT()
  const headingId = useId()
  const expand = useFilterStore((s) => s.expand)
  const depth = expand?.actorId === actorId ? expand.depth : null
  const setExpand = (d: 1 | 2) =>
    useFilterStore.getState().setFilters({ expand: { actorId, depth: d } })
  return (
    <section className="neighbourhood" aria-labelledby={headingId}>
      <h3 id={headingId} className="details__subhead">
        {t.study.neighbourhood.heading}
      </h3>
      <div className="neighbourhood__buttons">
        {([1, 2] as const).map((d) => (
          <button
            key={d}
            type="button"
            className="button"
            aria-pressed={depth === d}
            onClick={() => setExpand(d)}
          >
            {d === 1 ? t.study.neighbourhood.depth1 : t.study.neighbourhood.depth2}
          </button>
        ))}
        {expand && (
          <button type="button" className="button button--quiet" onClick={showEverything}>
            {t.study.neighbourhood.showAll}
          </button>
        )}
      </div>
    </section>
  )
}
