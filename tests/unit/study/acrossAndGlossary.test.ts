import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { acrossCases, recurringCategories } from '../../../src/domain/acrossCases.ts'
import { CONCEPT_IDS, CONCEPT_LINKS } from '../../../src/domain/glossary.ts'
import { largestActors, partyTypeShares } from '../../../src/domain/networkSummary.ts'
import { buildCaseGraph, phaseGraph } from '../../../src/domain/caseGraph.ts'
import { parseDataset } from '../../../src/domain/validate.ts'
import { makeActor, makeCase, makeDataset } from '../../builders.ts'

const bundled = (() => {
  const result = parseDataset(JSON.parse(readFileSync('data/dataset.json', 'utf8')))
  if (!result.ok) throw new Error('the bundled dataset does not parse')
  return result.dataset
})()

describe('across the cases', () => {
  const dataset = makeDataset({
    actors: [
      makeActor(),
      makeActor({ id: 'gemeente', label: 'Gemeente', partyType: 'overheid', category: 'gemeente' }),
      makeActor({
        id: 'welzijn',
        label: 'Welzijn',
        partyType: 'maatschappelijk',
        category: 'gemeente',
      }),
    ],
    cases: [
      makeCase({ id: 'een' }),
      makeCase({ id: 'twee', participants: [makeCase().participants[0]!] }),
    ],
  })

  it('lists kinds of actor found in at least two cases', () => {
    expect(recurringCategories(dataset)).toEqual([])
    expect(recurringCategories(dataset, 1)).toEqual([{ category: 'gemeente', cases: 1 }])
    expect(recurringCategories(bundled).find((c) => c.category === 'gemeente')).toEqual({
      category: 'gemeente',
      cases: 10,
    })
  })

  it('gives influence and roles per phase and ties per type, with every case listed', () => {
    const cards = acrossCases(dataset, { kind: 'partyType', partyType: 'overheid' })
    expect(cards.map((c) => c.kase.id)).toEqual(['een', 'twee'])
    const gemeente = cards[0]?.actors[0]
    expect(gemeente?.influence).toEqual([6, 4, null])
    expect(gemeente?.roles).toEqual([['financier'], ['financier', 'facilitator'], null])
    expect(gemeente?.tieTypes).toEqual({ financiering: 1 })
    expect(cards[1]?.actors).toEqual([])
  })

  it('finds the municipality in all ten bundled cases', () => {
    const cards = acrossCases(bundled, { kind: 'category', category: 'gemeente' })
    expect(cards).toHaveLength(10)
    expect(cards.every((c) => c.actors.length > 0)).toBe(true)
  })
})

describe('glossary links', () => {
  it('point to phases that exist in the bundled dataset, at least one per concept', () => {
    for (const id of CONCEPT_IDS) {
      expect(CONCEPT_LINKS[id].length, id).toBeGreaterThan(0)
      for (const link of CONCEPT_LINKS[id]) {
        const kase = bundled.cases.find((c) => c.id === link.caseId)
        expect(
          kase?.phases.some((p) => p.id === link.phaseId),
          `${id} → ${link.phaseId}`,
        ).toBe(true)
      }
    }
  })
})

describe('network summary', () => {
  it('names the actors with most influence and the party types’ shares', () => {
    const dataset = makeDataset()
    const phase = phaseGraph(buildCaseGraph(dataset, dataset.cases[0]!), 'opbouw')!
    expect(largestActors(phase, 2).map((a) => a.id)).toEqual(['bewoners', 'gemeente'])
    expect(partyTypeShares(phase)).toEqual([
      { partyType: 'burgers', share: 5 / 12 },
      { partyType: 'overheid', share: 4 / 12 },
      { partyType: 'maatschappelijk', share: 3 / 12 },
    ])
  })
})
