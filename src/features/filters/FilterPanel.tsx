import { useId, useState } from 'react'
import { LineSwatch } from '../../components/LineSwatch.tsx'
import { ShapeIcon } from '../../components/ShapeIcon.tsx'
import type { CaseGraph } from '../../domain/caseGraph.ts'
import { phaseGraph } from '../../domain/caseGraph.ts'
import { DEFAULT_NETWORK_FILTERS, isFiltering } from '../../domain/filters.ts'
import { PARTY_TYPES, RELATION_TYPES } from '../../domain/vocabulary.ts'
import { PARTY_STYLE, RELATION_STYLE } from '../../graph/encoding.ts'
import { useNetworkFilters } from '../../hooks/useFilteredGraph.ts'
import { localized, useLang, useT } from '../../i18n/index.ts'
import { useFilterStore } from '../../state/filterStore.ts'
import { RangeFilter } from './RangeFilter.tsx'

interface FilterPanelProps {
  /** The whole case, to offer every type it has and count what is hidden. */
  graph: CaseGraph
  /** What the filters leave visible. */
  visible: CaseGraph
  phaseId: string
}

const setFilters = (
  patch: Parameters<ReturnType<typeof useFilterStore.getState>['setFilters']>[0],
) => useFilterStore.getState().setFilters(patch)

/** Everything but the scope back to its default: the network shows everything again. */
export function showEverything(): void {
  const { scope: _scope, ...rest } = DEFAULT_NETWORK_FILTERS
  setFilters(rest)
}

function toggled<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item]
}

/** Filters for the network: scope, party types, relation types, minimum influence and strength. */
export function FilterPanel({ graph, visible, phaseId }: FilterPanelProps) {
  const t = useT()
  const lang = useLang()
  const filters = useNetworkFilters()
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const active = countActive(filters)
  const parties = PARTY_TYPES.filter((type) => graph.actors.some((a) => a.actor.partyType === type))
  const relationTypes = RELATION_TYPES.filter((type) =>
    graph.relations.some((r) => r.type === type),
  )
  const all = filters.scope === 'all'
  const whole = phaseGraph(graph, phaseId)
  const shown = phaseGraph(visible, phaseId)
  const totalActors = all ? graph.actors.length : (whole?.actors.length ?? 0)
  const totalRelations = all ? graph.relations.length : (whole?.relations.length ?? 0)
  const expandActor = filters.expand
    ? graph.actors.find((a) => a.actor.id === filters.expand?.actorId)?.actor
    : undefined
  const expandName = expandActor ? localized(lang, expandActor.label, expandActor.labelEn) : ''

  return (
    <section className="filters" aria-label={t.study.filters.heading}>
      <button
        type="button"
        className="filters__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {t.study.filters.toggle(active)}
      </button>
      <div id={panelId} className="filters__body" hidden={!open}>
        <fieldset className="filters__group">
          <legend>{t.study.filters.scope}</legend>
          {(['phase', 'all'] as const).map((scope) => (
            <label key={scope} className="filters__option">
              <input
                type="radio"
                name={`${panelId}-scope`}
                checked={filters.scope === scope}
                onChange={() => setFilters({ scope })}
              />
              {scope === 'phase' ? t.study.filters.scopePhase : t.study.filters.scopeAll}
            </label>
          ))}
        </fieldset>
        <fieldset className="filters__group">
          <legend>{t.study.filters.partyTypes}</legend>
          {parties.map((type) => (
            <label key={type} className="filters__option">
              <input
                type="checkbox"
                checked={!filters.hiddenPartyTypes.includes(type)}
                onChange={() =>
                  setFilters({ hiddenPartyTypes: toggled(filters.hiddenPartyTypes, type) })
                }
              />
              <ShapeIcon
                shape={PARTY_STYLE[type].shape}
                colour={PARTY_STYLE[type].colour}
                size={16}
              />
              {t.vocab.partyType[type]}
            </label>
          ))}
        </fieldset>
        {relationTypes.length > 0 && (
          <fieldset className="filters__group">
            <legend>{t.study.filters.relationTypes}</legend>
            {relationTypes.map((type) => (
              <label key={type} className="filters__option">
                <input
                  type="checkbox"
                  checked={!filters.hiddenRelationTypes.includes(type)}
                  onChange={() =>
                    setFilters({ hiddenRelationTypes: toggled(filters.hiddenRelationTypes, type) })
                  }
                />
                <LineSwatch colour={RELATION_STYLE[type].colour} dash={RELATION_STYLE[type].dash} />
                {t.vocab.relationType[type]}
              </label>
            ))}
          </fieldset>
        )}
        <RangeFilter
          label={t.study.filters.minInfluence}
          min={0}
          max={8}
          value={filters.minInfluence}
          onChange={(minInfluence) => setFilters({ minInfluence })}
        />
        <RangeFilter
          label={t.study.filters.minStrength}
          min={1}
          max={3}
          value={filters.minStrength}
          onChange={(minStrength) => setFilters({ minStrength })}
        />
        {all && <p className="filters__note">{t.study.filters.scopeAllNote}</p>}
      </div>
      {filters.expand && (
        <p className="filters__note">
          {visible.actors.length === 0
            ? t.study.filters.expandedHidden(expandName)
            : t.study.filters.expanded(expandName, filters.expand.depth)}
        </p>
      )}
      <p className="filters__count" role="status">
        {t.study.filters.showing(
          shown?.actors.length ?? 0,
          totalActors,
          shown?.relations.length ?? 0,
          totalRelations,
        )}
      </p>
      {isFiltering(filters) && (
        <button type="button" className="button button--quiet" onClick={showEverything}>
          {t.study.filters.reset}
        </button>
      )}
    </section>
  )
}

function countActive(filters: ReturnType<typeof useNetworkFilters>): number {
  return (
    filters.hiddenPartyTypes.length +
    filters.hiddenRelationTypes.length +
    (filters.minInfluence > 0 ? 1 : 0) +
    (filters.minStrength > 1 ? 1 : 0) +
    (filters.expand ? 1 : 0) +
    (filters.scope === 'all' ? 1 : 0)
  )
}
