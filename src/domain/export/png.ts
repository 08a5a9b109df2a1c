import { Zlib } from 'fflate'

/**
 * Small PNG helpers: CRC-32, reading and writing chunks, tEXt metadata, and a row-by-row
 * encoder for figures too large for one canvas. Compression is fflate's zlib.
 */

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10]

let crcTable: Uint32Array | null = null
function table(): Uint32Array {
  if (crcTable) return crcTable
  crcTable = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    crcTable[n] = c >>> 0
  }
  return crcTable
}

/** CRC-32 (ISO 3309, as PNG uses it) of one or more byte arrays in a row. */
export function crc32(...parts: Uint8Array[]): number {
  const t = table()
  let crc = 0xffffffff
  for (const bytes of parts)
    for (let i = 0; i < bytes.length; i++)
      crc = (t[(crc ^ (bytes[i] as number)) & 0xff] as number) ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

export interface PngChunk {
  type: string
  data: Uint8Array
}

const ascii = (text: string) => Uint8Array.from(text, (ch) => ch.charCodeAt(0) & 0xff)

/** One chunk as bytes: length, type, data, CRC of type and data. */
export function encodeChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length)
  const view = new DataView(out.buffer)
  const typeBytes = ascii(type)
  view.setUint32(0, data.length)
  out.set(typeBytes, 4)
  out.set(data, 8)
  view.setUint32(8 + data.length, crc32(typeBytes, data))
  return out
}

export function isPng(bytes: Uint8Array): boolean {
  return SIGNATURE.every((b, i) => bytes[i] === b)
}

/** The chunks of a PNG, in order. Throws on a broken file or a wrong checksum. */
export function readChunks(bytes: Uint8Array): PngChunk[] {
  if (!isPng(bytes)) throw new Error('not a PNG: the signature is missing')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const chunks: PngChunk[] = []
  let offset = 8
  while (offset + 12 <= bytes.length) {
    const length = view.getUint32(offset)
    const typeBytes = bytes.subarray(offset + 4, offset + 8)
    const data = bytes.subarray(offset + 8, offset + 8 + length)
    if (offset + 12 + length > bytes.length) throw new Error('PNG chunk runs past the file end')
    const type = String.fromCharCode(...typeBytes)
    if (view.getUint32(offset + 8 + length) !== crc32(typeBytes, data))
      throw new Error(`PNG chunk ${type} has a wrong CRC`)
    chunks.push({ type, data })
    offset += 12 + length
    if (type === 'IEND') break
  }
  return chunks
}

/**
 * tEXt keeps Latin-1 only: other characters become '?', so a title like "Zorg – wijk" still
 * reads. A keyword is 1–79 Latin-1 characters.
 */
function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => {
    const code = ch.charCodeAt(0)
    return code < 256 && code !== 0 ? code : 63
  })
}

export function textChunk(keyword: string, text: string): Uint8Array {
  const key = latin1(keyword.slice(0, 79))
  const value = latin1(text)
  const data = new Uint8Array(key.length + 1 + value.length)
  data.set(key, 0)
  data.set(value, key.length + 1)
  return encodeChunk('tEXt', data)
}

/** Inserts tEXt chunks right after IHDR (before the image data, where readers look first). */
export function withTextChunks(png: Uint8Array, entries: Record<string, string>): Uint8Array {
  const chunks = readChunks(png)
  const ihdr = chunks[0]
  if (!ihdr || ihdr.type !== 'IHDR') throw new Error('PNG does not start with IHDR')
  const insertAt = 8 + 12 + ihdr.data.length
  const texts = Object.entries(entries)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => textChunk(key, value))
  const extra = texts.reduce((sum, t) => sum + t.length, 0)
  const out = new Uint8Array(png.length + extra)
  out.set(png.subarray(0, insertAt), 0)
  let offset = insertAt
  for (const t of texts) {
    out.set(t, offset)
    offset += t.length
  }
  out.set(png.subarray(insertAt), offset)
  return out
}

/** The tEXt entries of a PNG as keyword → text. */
export function readTextChunks(png: Uint8Array): Record<string, string> {
  const entries: Record<string, string> = {}
  for (const chunk of readChunks(png)) {
    if (chunk.type !== 'tEXt') continue
    const nul = chunk.data.indexOf(0)
    if (nul < 0) continue
    entries[String.fromCharCode(...chunk.data.subarray(0, nul))] = Array.from(
      chunk.data.subarray(nul + 1),
      (b) => String.fromCharCode(b),
    ).join('')
  }
  return entries
}

/** The pixel size in a PNG's header. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const ihdr = readChunks(png)[0]
  if (!ihdr || ihdr.type !== 'IHDR') throw new Error('PNG does not start with IHDR')
  const view = new DataView(ihdr.data.buffer, ihdr.data.byteOffset, ihdr.data.byteLength)
  return { width: view.getUint32(0), height: view.getUint32(4) }
}

/**
 * Encodes an RGBA image given band by band (top to bottom) as an 8-bit PNG, compressing as it
 * goes, so a figure larger than any canvas never has to exist in memory at once.
 */
export class RgbaPngWriter {
  private readonly parts: Uint8Array[] = []
  private readonly zlib: Zlib
  private rowsWritten = 0

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    const ihdr = new Uint8Array(13)
    const view = new DataView(ihdr.buffer)
    view.setUint32(0, width)
    view.setUint32(4, height)
    ihdr.set([8, 6, 0, 0, 0], 8) // 8 bits, RGBA, deflate, no filter method, no interlace
    this.parts.push(Uint8Array.from(SIGNATURE), encodeChunk('IHDR', ihdr))
    this.zlib = new Zlib({ level: 6 }, (data) => {
      if (data.length > 0) this.parts.push(encodeChunk('IDAT', data))
    })
  }

  /** Adds whole rows of RGBA bytes (`width × 4` per row). */
  addRows(rgba: Uint8Array | Uint8ClampedArray): void {
    const stride = this.width * 4
    if (rgba.length % stride !== 0) throw new Error('band is not a whole number of rows')
    const rows = rgba.length / stride
    if (this.rowsWritten + rows > this.height) throw new Error('more rows than the image has')
    const filtered = new Uint8Array(rows * (stride + 1))
    for (let r = 0; r < rows; r++)
      filtered.set(rgba.subarray(r * stride, (r + 1) * stride), r * (stride + 1) + 1)
    this.rowsWritten += rows
    this.zlib.push(filtered, false)
  }

  /** The finished file. Throws when rows are missing. */
  finish(): Uint8Array {
    if (this.rowsWritten !== this.height)
      throw new Error(`PNG has ${this.rowsWritten} of ${this.height} rows`)
    this.zlib.push(new Uint8Array(0), true)
    this.parts.push(encodeChunk('IEND', new Uint8Array(0)))
    const total = this.parts.reduce((sum, p) => sum + p.length, 0)
    const out = new Uint8Array(total)
    let offset = 0
    for (const p of this.parts) {
      out.set(p, offset)
      offset += p.length
    }
    return out
  }
}
