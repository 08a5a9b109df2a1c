import {
  PARTY_TYPES,
  type PartyType,
  RELATION_TYPES,
  type RelationType,
} from '../domain/vocabulary.ts'
import { DEFAULT_NETWORK_FILTERS, type NetworkFilters } from '../domain/filters.ts'

/** The URL keys of the filters; other parameters are left alone. */
export const FILTER_KEYS = ['hide', 'rel', 'minInf', 'minStr', 'expand', 'scope'] as const

function intIn(value: string | null, min: number, max: number, fallback: number): number {
  if (value === null || !/^\d+$/.test(value)) return fallback
  const n = Number(value)
  return n >= min && n <= max ? n : fallback
}

/**
 * Reads the filters from a query string: `hide=markt,overheid` (hidden party types),
 * `rel=conflict` (hidden relation types), `minInf=3`, `minStr=2`, `expand=actor-id:2`,
 * `scope=all`. Unknown or out-of-range values are ignored, so a hand-edited address never
 * breaks the page.
 */
export function readFilterParams(search: string): NetworkFilters {
  const params = new URLSearchParams(search)
  const list = (key: string) => (params.get(key) ?? '').split(',').filter(Boolean)
  const hiddenPartyTypes = list('hide').filter((v): v is PartyType =>
    (PARTY_TYPES as readonly string[]).includes(v),
  )
  const hiddenRelationTypes = list('rel').filter((v): v is RelationType =>
    (RELATION_TYPES as readonly string[]).includes(v),
  )
  const [actorId, depth] = (params.get('expand') ?? '').split(':')
  const expand =
    actorId && /^[a-z0-9][a-z0-9-]*$/.test(actorId)
      ? { actorId, depth: depth === '2' ? (2 as const) : (1 as const) }
      : null
  return {
    hiddenPartyTypes,
    hiddenRelationTypes,
    minInfluence: intIn(params.get('minInf'), 0, 8, DEFAULT_NETWORK_FILTERS.minInfluence),
    minStrength: intIn(params.get('minStr'), 1, 3, DEFAULT_NETWORK_FILTERS.minStrength),
    expand,
    scope: params.get('scope') === 'all' ? 'all' : 'phase',
  }
}

/** The query string with the filter keys set to `filters` (defaults left out), others kept. */
export function withFilters(search: string, filters: NetworkFilters): string {
  const params = new URLSearchParams(search)
  for (const key of FILTER_KEYS) params.delete(key)
  if (filters.hiddenPartyTypes.length > 0) params.set('hide', filters.hiddenPartyTypes.join(','))
  if (filters.hiddenRelationTypes.length > 0)
    params.set('rel', filters.hiddenRelationTypes.join(','))
  if (filters.minInfluence !== DEFAULT_NETWORK_FILTERS.minInfluence)
    params.set('minInf', String(filters.minInfluence))
  if (filters.minStrength !== DEFAULT_NETWORK_FILTERS.minStrength)
    params.set('minStr', String(filters.minStrength))
  if (filters.expand) params.set('expand', `${filters.expand.actorId}:${filters.expand.depth}`)
  if (filters.scope !== 'phase') params.set('scope', filters.scope)
  // Commas and colons are legal in a query; unescaped, the address stays readable.
  const text = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':')
  return text === '' ? '' : `?${text}`
}
