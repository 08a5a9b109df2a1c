import { describe, expect, it } from 'vitest'
import { readFilterParams, withFilters } from '../../../src/state/filterParams.ts'
import { DEFAULT_NETWORK_FILTERS } from '../../../src/domain/filters.ts'

describe('filter parameters in the address', () => {
  it('round-trips every filter and keeps other parameters', () => {
    const filters = {
      hiddenPartyTypes: ['markt', 'overheid'] as const,
      hiddenRelationTypes: ['conflict'] as const,
      minInfluence: 3,
      minStrength: 2,
      expand: { actorId: 'gemeente-rotterdam', depth: 2 as const },
      scope: 'all' as const,
    }
    const search = withFilters('?case=voedseltuin&lang=en', {
      ...filters,
      hiddenPartyTypes: [...filters.hiddenPartyTypes],
      hiddenRelationTypes: [...filters.hiddenRelationTypes],
    })
    expect(search).toBe(
      '?case=voedseltuin&lang=en&hide=markt,overheid&rel=conflict&minInf=3&minStr=2&expand=gemeente-rotterdam:2&scope=all',
    )
    expect(readFilterParams(search)).toEqual(filters)
  })

  it('writes nothing for the defaults', () => {
    expect(withFilters('?case=x&minInf=4', DEFAULT_NETWORK_FILTERS)).toBe('?case=x')
  })

  it('ignores unknown types and out-of-range numbers', () => {
    expect(readFilterParams('?hide=markt,aliens&minInf=12&minStr=0&expand=BAD!&scope=x')).toEqual({
      ...DEFAULT_NETWORK_FILTERS,
      hiddenPartyTypes: ['markt'],
    })
  })
})
