import { inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import {
  crc32,
  encodeChunk,
  pngSize,
  readChunks,
  readTextChunks,
  RgbaPngWriter,
  withTextChunks,
} from '../../../src/domain/export/png.ts'

/** A 2×1 RGBA PNG: one red and one transparent pixel. */
function tinyPng(): Uint8Array {
  const writer = new RgbaPngWriter(2, 1)
  writer.addRows(Uint8Array.from([255, 0, 0, 255, 0, 0, 0, 0]))
  return writer.finish()
}

describe('crc32', () => {
  it('matches the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926)
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082)
  })
})

describe('PNG tEXt chunks', () => {
  it('writes metadata that reads back, before the image data', () => {
    const png = withTextChunks(tinyPng(), {
      Title: 'Ik Geef om de Jan Eef — Fase 2',
      Source: 'Plekken van hoop en verandering',
      Software: 'Wijknetwerk',
      'Creation Time': 'Fri, 27 Nov 2026 10:00:00 GMT',
      Description: '',
    })
    expect(readTextChunks(png)).toEqual({
      // tEXt is Latin-1: the dash becomes a question mark, the rest stays.
      Title: 'Ik Geef om de Jan Eef ? Fase 2',
      Source: 'Plekken van hoop en verandering',
      Software: 'Wijknetwerk',
      'Creation Time': 'Fri, 27 Nov 2026 10:00:00 GMT',
    })
    const types = readChunks(png).map((c) => c.type)
    expect(types[0]).toBe('IHDR')
    expect(types.indexOf('tEXt')).toBeLessThan(types.indexOf('IDAT'))
    expect(types.at(-1)).toBe('IEND')
    expect(pngSize(png)).toEqual({ width: 2, height: 1 })
  })

  it('rejects a file whose chunk was damaged', () => {
    const png = tinyPng()
    const at = png.length - 20
    png[at] = (png[at] ?? 0) ^ 0xff
    expect(() => readChunks(png)).toThrow(/CRC|past the file end/)
    expect(() => readChunks(new Uint8Array([1, 2, 3]))).toThrow(/not a PNG/)
  })
})

describe('RgbaPngWriter', () => {
  it('encodes bands of rows into pixels a decoder gets back', () => {
    const writer = new RgbaPngWriter(3, 2)
    writer.addRows(Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]))
    writer.addRows(Uint8Array.from([13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24]))
    const png = writer.finish()
    const idat = readChunks(png).filter((c) => c.type === 'IDAT')
    const raw = inflateSync(Buffer.concat(idat.map((c) => c.data)))
    // Filter byte 0 (none) before each row of 3 × 4 bytes.
    expect([...raw]).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 0, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
    ])
  })

  it('refuses an unfinished image or a partial row', () => {
    const writer = new RgbaPngWriter(2, 2)
    expect(() => writer.addRows(new Uint8Array(5))).toThrow(/whole number of rows/)
    writer.addRows(new Uint8Array(8))
    expect(() => writer.finish()).toThrow(/1 of 2 rows/)
  })

  it('writes chunks with a valid length and CRC', () => {
    const chunk = encodeChunk('tEXt', new TextEncoder().encode('a\0b'))
    expect(readChunks(Uint8Array.from([137, 80, 78, 71, 13, 10, 26, 10, ...chunk]))).toHaveLength(1)
  })
})
