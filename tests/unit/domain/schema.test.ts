import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type DataIssue, formatIssue, jsonPath } from '../../../src/domain/issues.ts'
import { parseDataset } from '../../../src/domain/validate.ts'
import { INFLUENCE_MAX, INFLUENCE_MIN, PARTY_TYPES } from '../../../src/domain/vocabulary.ts'
import { DELETE, makeDataset, withValueAt } from './builders.ts'

function issuesOf(input: unknown): DataIssue[] {
  const result = parseDataset(input)
  return result.ok ? result.warnings : result.issues
}

/** The gate must reject `input` with exactly this one error. */
function expectOnlyError(input: unknown, path: string, message: string | RegExp) {
  const result = parseDataset(input)
  expect(result.ok).toBe(false)
  const issues = issuesOf(input)
  expect(issues).toHaveLength(1)
  expect(issues[0]).toEqual({
    path,
    message: typeof message === 'string' ? message : expect.stringMatching(message),
    severity: 'error',
  })
}

const POSITION = ['cases', 0, 'participants', 0, 'positions', 0] as const

describe('dataset shape', () => {
  it('accepts a minimal valid dataset without issues', () => {
    const result = parseDataset(makeDataset())
    expect(result).toEqual({ ok: true, dataset: makeDataset(), warnings: [] })
  })

  it('accepts a dataset without any cases', () => {
    expect(parseDataset(makeDataset({ cases: [] })).ok).toBe(true)
  })

  it('rejects something that is not an object at the root', () => {
    expectOnlyError(null, '$', 'must be object, not null')
    expectOnlyError([], '$', 'must be object, not an array')
    expectOnlyError('dataset', '$', 'must be object, not a string')
  })

  it('names a missing field and the type it expects', () => {
    expectOnlyError(
      withValueAt(makeDataset(), ['title'], DELETE),
      '$.title',
      'is missing (expected string)',
    )
    expectOnlyError(
      withValueAt(makeDataset(), ['cases', 0, 'city'], DELETE),
      '$.cases[0].city',
      'is missing (expected string)',
    )
  })

  it('names a value of the wrong type and what it is instead', () => {
    expectOnlyError(
      withValueAt(makeDataset(), ['cases', 0, 'phases', 0, 'order'], '1'),
      '$.cases[0].phases[0].order',
      'must be number, not a string',
    )
    expectOnlyError(
      withValueAt(makeDataset(), ['cases', 0, 'relations', 0, 'directed'], 'yes'),
      '$.cases[0].relations[0].directed',
      'must be boolean, not a string',
    )
    expectOnlyError(
      withValueAt(makeDataset(), ['actors'], {}),
      '$.actors',
      'must be array, not an object',
    )
  })

  it('lists the allowed values of an enum and shows the bad one', () => {
    expectOnlyError(
      withValueAt(makeDataset(), ['actors', 0, 'partyType'], 'bewoners'),
      '$.actors[0].partyType',
      `must be one of ${PARTY_TYPES.map((t) => `"${t}"`).join(', ')} (is "bewoners")`,
    )
  })

  it('rejects a file of another format or version', () => {
    expectOnlyError(
      withValueAt(makeDataset(), ['format'], 'gexf'),
      '$.format',
      'must be one of "wijknetwerk-dataset" (is "gexf")',
    )
    expectOnlyError(
      withValueAt(makeDataset(), ['version'], 2),
      '$.version',
      'must be one of 1 (is 2)',
    )
  })

  it('rejects an id that is not a lower-case slug', () => {
    expectOnlyError(
      withValueAt(makeDataset(), ['actors', 0, 'id'], 'Bewoners Noord'),
      '$.actors[0].id',
      'must be a lower-case slug: a–z, 0–9 and hyphens (is "Bewoners Noord")',
    )
  })

  it('rejects an influence above 8 and says what it found', () => {
    expectOnlyError(
      withValueAt(makeDataset(), [...POSITION, 'influence'], 9),
      '$.cases[0].participants[0].positions[0].influence',
      'must be at most 8 (is 9)',
    )
  })

  it('rejects an influence below 0 or a fraction', () => {
    expectOnlyError(
      withValueAt(makeDataset(), [...POSITION, 'influence'], -1),
      '$.cases[0].participants[0].positions[0].influence',
      'must be at least 0 (is -1)',
    )
    expectOnlyError(
      withValueAt(makeDataset(), [...POSITION, 'influence'], 2.5),
      '$.cases[0].participants[0].positions[0].influence',
      /int/,
    )
  })

  it('rejects a relation of strength 0', () => {
    expectOnlyError(
      withValueAt(makeDataset(), ['cases', 0, 'relations', 0, 'strength'], 0),
      '$.cases[0].relations[0].strength',
      'must be at least 1 (is 0)',
    )
  })

  it('rejects a case without phases and a relation that holds in no phase', () => {
    const noPhases = withValueAt(makeDataset(), ['cases', 0, 'phases'], [])
    expect(issuesOf(noPhases)).toEqual([
      { path: '$.cases[0].phases', message: 'must hold at least 1 item(s)', severity: 'error' },
    ])
    expectOnlyError(
      withValueAt(makeDataset(), ['cases', 0, 'relations', 0, 'phases'], []),
      '$.cases[0].relations[0].phases',
      'must hold at least 1 item(s)',
    )
  })

  it('rejects blank text', () => {
    expectOnlyError(withValueAt(makeDataset(), ['title'], '   '), '$.title', 'must not be empty')
  })

  it('rejects a malformed date and shows it', () => {
    expectOnlyError(
      withValueAt(makeDataset(), ['cases', 0, 'phases', 0, 'period', 'start'], '2015-1'),
      '$.cases[0].phases[0].period.start',
      'must be YYYY, YYYY-MM or YYYY-MM-DD (is "2015-1")',
    )
  })

  it('reports every shape error at once, not only the first', () => {
    let input = withValueAt(makeDataset(), ['title'], DELETE)
    input = withValueAt(input, ['cases', 0, 'relations', 0, 'strength'], 4)
    expect(issuesOf(input).map((issue) => issue.path)).toEqual([
      '$.title',
      '$.cases[0].relations[0].strength',
    ])
  })

  it('accepts every whole influence from 0 to 8 and rejects every other integer', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), (influence) => {
        const result = parseDataset(
          withValueAt(makeDataset(), [...POSITION, 'influence'], influence),
        )
        const inRange = influence >= INFLUENCE_MIN && influence <= INFLUENCE_MAX
        expect(result.ok).toBe(inRange)
        if (!result.ok)
          expect(result.issues.map((issue) => issue.message)).toEqual([
            expect.stringContaining(`(is ${influence})`),
          ])
      }),
    )
  })
})

describe('issue paths', () => {
  it('writes keys with dots and indexes with brackets', () => {
    expect(jsonPath([])).toBe('$')
    expect(jsonPath(['cases', 2, 'phases', 0, 'id'])).toBe('$.cases[2].phases[0].id')
  })

  it('quotes keys that are not identifiers', () => {
    expect(jsonPath(['labels', 'nl-NL', 'a b'])).toBe('$.labels["nl-NL"]["a b"]')
  })

  it('formats an issue as path and message', () => {
    expect(formatIssue({ path: '$.title', message: 'must not be empty', severity: 'error' })).toBe(
      '$.title: must not be empty',
    )
  })
})
