import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDataset } from '../../../src/domain/validate.ts'

/**
 * Whole files as a user would load them. Each `<trait>.invalid.json` shows one way a file
 * goes wrong; the table says where the gate must point and what it must say.
 */
const FOLDER = new URL('../../fixtures/datasets/', import.meta.url)

const INVALID: Record<string, { path: string; message: string } | 'not-json'> = {
  'not-json.invalid.json': 'not-json',
  'wrong-format.invalid.json': {
    path: '$.format',
    message: 'is missing (expected "wijknetwerk-dataset")',
  },
  'dangling-relation.invalid.json': {
    path: '$.cases[0].relations[0].target',
    message: 'unknown actor "buurman"',
  },
  'influence-out-of-range.invalid.json': {
    path: '$.cases[0].participants[0].positions[0].influence',
    message: 'must be at most 8',
  },
}

const files = readdirSync(FOLDER).filter((name) => name.endsWith('.json'))
const valid = files.filter((name) => name.endsWith('.valid.json'))
const read = (name: string) => readFileSync(new URL(name, FOLDER), 'utf8')

describe('dataset fixtures', () => {
  it('are each named <trait>.valid.json or <trait>.invalid.json and listed here', () => {
    for (const name of files) expect(name).toMatch(/^[a-z0-9-]+\.(valid|invalid)\.json$/)
    expect(files.filter((name) => name.endsWith('.invalid.json')).sort()).toEqual(
      Object.keys(INVALID).sort(),
    )
    expect(valid).toContain('minimal.valid.json')
  })

  it.each(valid)('%s passes the gate without issues', (name) => {
    const result = parseDataset(JSON.parse(read(name)))
    expect(result.ok ? result.warnings : result.issues).toEqual([])
    expect(result.ok).toBe(true)
  })

  it.each(Object.entries(INVALID))('%s is rejected', (name, expected) => {
    const text = read(name)
    if (expected === 'not-json') {
      // The gate takes parsed values; a file that is not JSON must fail before it gets there.
      expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError)
      return
    }
    const result = parseDataset(JSON.parse(text))
    expect(result.ok).toBe(false)
    const issues = result.ok ? [] : result.issues
    expect(issues[0]?.path).toBe(expected.path)
    expect(issues[0]?.message).toContain(expected.message)
    expect(issues[0]?.severity).toBe('error')
  })

  it('lists every missing top-level field of a file in another format', () => {
    const result = parseDataset(JSON.parse(read('wrong-format.invalid.json')))
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual([
      '$.format',
      '$.version',
      '$.title',
      '$.disclaimer',
      '$.sources',
      '$.actors',
      '$.cases',
    ])
  })
})
