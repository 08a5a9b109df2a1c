import { describe, expect, it } from 'vitest'
import { tokenizeCsv } from '../../../src/domain/io/csv.ts'
import { csvCell, toCsv } from '../../../src/domain/export/csvWrite.ts'

describe('csvCell', () => {
  it.each(['=SUM(A1:A9)', '+31 6 1234', '-2+3', '@cmd', '\tstart', '\rstart'])(
    'keeps spreadsheets from running %j as a formula',
    (value) => {
      const cell = csvCell(value)
      const text = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell
      expect(text).toBe(`'${value}`)
    },
  )

  it('leaves ordinary text and numbers as they are, negative numbers included', () => {
    expect(csvCell('Bewoners')).toBe('Bewoners')
    expect(csvCell('a=b')).toBe('a=b')
    expect(csvCell(-0.25)).toBe('-0.25')
    expect(csvCell(3)).toBe('3')
    expect(csvCell(null)).toBe('')
    expect(csvCell(undefined)).toBe('')
    expect(csvCell(Number.NaN)).toBe('')
  })

  it('quotes delimiters, quotes, line breaks and surrounding spaces', () => {
    expect(csvCell('Huize, Middelland')).toBe('"Huize, Middelland"')
    expect(csvCell('zei "ja"')).toBe('"zei ""ja"""')
    expect(csvCell('twee\nregels')).toBe('"twee\nregels"')
    expect(csvCell(' rand ')).toBe('" rand "')
    expect(csvCell('a;b', ';')).toBe('"a;b"')
  })
})

describe('toCsv', () => {
  it('writes text the CSV reader reads back to the same cells (escaped ones marked)', () => {
    const text = toCsv(
      ['ID', 'Label', 'Influence'],
      [
        ['bewoners', 'Bewoners, "actief"', 6],
        ['evil', '=HYPERLINK("http://x")', -1],
      ],
    )
    expect(text.endsWith('\r\n')).toBe(true)
    const parsed = tokenizeCsv(text, ',')
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.value.map((r) => r.fields)).toEqual([
      ['ID', 'Label', 'Influence'],
      ['bewoners', 'Bewoners, "actief"', '6'],
      ['evil', `'=HYPERLINK("http://x")`, '-1'],
    ])
  })
})
