import { describe, expect, it } from 'vitest'
import { diffPhases } from '../../../src/domain/metrics/phaseDiff.ts'
import { summarizeShift, summaryText } from '../../../src/domain/metrics/shiftSummary.ts'
import { formatDecimal, formatPercent } from '../../../src/domain/metrics/summaryFormat.ts'
import { type CaseSpec, makePhaseGraph, SHIFT_CASE } from './builders.ts'

const shift = (spec: CaseSpec, from: string, to: string) =>
  diffPhases(makePhaseGraph(spec, from), makePhaseGraph(spec, to))
const diff = shift(SHIFT_CASE, 'p1', 'p2')

describe('summarizeShift', () => {
  it('tells the shift in Dutch, largest change first, concentration last', () => {
    expect(summarizeShift(diff, 'nl').map((s) => s.text)).toEqual([
      'Bewoners: invloed 13% → 50%',
      'Overheid: invloed 53% → 25%',
      'Bewonersgroep is nu de invloedrijkste partij (38%), in plaats van Gemeente (53%)',
      'Buurtcoöperatie doet mee (invloed 13%)',
      'Marktpartijen: invloed 7% → 0%',
      'Ondernemer doet niet meer mee (had 7%)',
      'De macht is minder geconcentreerd (HHI 0,38 → 0,28)',
    ])
  })

  it('tells the same shift in English, with English actor names where the data has them', () => {
    expect(summarizeShift(diff, 'en').map((s) => s.text)).toEqual([
      'Residents: influence 13% → 50%',
      'Government: influence 53% → 25%',
      "Residents' group is now the most influential party (38%), instead of Municipality (53%)",
      'Neighbourhood co-op joins (influence 13%)',
      'Market parties: influence 7% → 0%',
      'Ondernemer leaves (had 7%)',
      'Power is less concentrated (HHI 0.38 → 0.28)',
    ])
  })

  it('says what each sentence is about and how large the change is', () => {
    const [first, , third] = summarizeShift(diff, 'en')
    expect(first).toMatchObject({ kind: 'partyType', subject: 'burgers' })
    expect(first?.size).toBeCloseTo(0.5 - 2 / 15, 12)
    expect(third).toMatchObject({ kind: 'topActor', subject: 'bew' })
    const sizes = summarizeShift(diff, 'en')
      .slice(0, -1)
      .map((s) => s.size)
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a))
  })

  it('leaves out changes below the thresholds, which the caller can set', () => {
    const kinds = summarizeShift(diff, 'en', { partyTypeShare: 0.3, actorShare: 0.2 }).map(
      (s) => s.subject,
    )
    expect(kinds).toEqual(['burgers', 'bew', 'hhi'])
  })

  it('still states the concentration when nothing else changed', () => {
    const quiet = shift(SHIFT_CASE, 'p2', 'p3')
    expect(summarizeShift(quiet, 'nl').map((s) => s.text)).toEqual([
      'De concentratie van macht blijft ongeveer gelijk (HHI 0,28 → 0,28)',
    ])
  })

  it('calls a rising HHI more concentrated', () => {
    const spec: CaseSpec = {
      phases: ['p1', 'p2'],
      actors: [
        { id: 'gem', partyType: 'overheid', at: { p1: 4, p2: 8 } },
        { id: 'bew', partyType: 'burgers', at: { p1: 4, p2: 2 } },
      ],
    }
    const sentences = summarizeShift(shift(spec, 'p1', 'p2'), 'en')
    expect(sentences.at(-1)?.text).toBe('Power is more concentrated (HHI 0.50 → 0.68)')
    expect(sentences[0]?.text).toBe('Government: influence 50% → 80%')
  })

  it('says when concentration cannot be compared because a phase has no influence scores', () => {
    const spec: CaseSpec = {
      phases: ['p1', 'p2'],
      actors: [{ id: 'gem', at: { p1: 0, p2: 3 } }],
    }
    expect(summaryText(summarizeShift(shift(spec, 'p1', 'p2'), 'nl'))).toBe(
      'De concentratie van macht is niet te vergelijken: een fase heeft geen invloedsscores.',
    )
  })

  it('joins sentences into one paragraph', () => {
    const text = summaryText(summarizeShift(diff, 'nl'))
    expect(text.startsWith('Bewoners: invloed 13% → 50%. Overheid: invloed 53% → 25%. ')).toBe(true)
    expect(text.endsWith('(HHI 0,38 → 0,28).')).toBe(true)
  })
})

describe('summary number format', () => {
  it('writes Dutch decimals with a comma and English with a point', () => {
    expect(formatDecimal(0.3416, 2, 'nl')).toBe('0,34')
    expect(formatDecimal(0.3416, 2, 'en')).toBe('0.34')
    expect(formatPercent(0.4149, 'nl')).toBe('41%')
  })

  it('never writes a negative zero', () => {
    expect(formatDecimal(-0.001, 2, 'nl')).toBe('0,00')
    expect(formatPercent(-0.001, 'en')).toBe('0%')
  })
})
