/**
 * A small PNG decoder for tests: reads 8-bit RGB or RGBA, non-interlaced PNGs (what browsers
 * write) with node's zlib, undoing the five row filters. Enough to check sizes and pixels of
 * exported figures without a browser.
 */
import { inflateSync } from 'node:zlib'

export interface DecodedPng {
  width: number
  height: number
  /** RGBA, 4 bytes a pixel, row by row. */
  pixels: Uint8Array
  text: Record<string, string>
}

export function decodePng(bytes: Uint8Array): DecodedPng {
  const buf = Buffer.from(bytes)
  if (buf.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG')
  let offset = 8
  let width = 0
  let height = 0
  let colourType = 0
  const idat: Buffer[] = []
  const text: Record<string, string> = {}
  while (offset < buf.length) {
    const length = buf.readUInt32BE(offset)
    const type = buf.toString('latin1', offset + 4, offset + 8)
    const data = buf.subarray(offset + 8, offset + 8 + length)
    if (type === 'IHDR') {
      width = data.readUInt32BE(0)
      height = data.readUInt32BE(4)
      if (data[8] !== 8 || data[12] !== 0) throw new Error('only 8-bit, non-interlaced PNGs')
      colourType = data[9] ?? 0
      if (colourType !== 6 && colourType !== 2) throw new Error(`colour type ${colourType}`)
    } else if (type === 'IDAT') idat.push(data)
    else if (type === 'tEXt') {
      const nul = data.indexOf(0)
      text[data.toString('latin1', 0, nul)] = data.toString('latin1', nul + 1)
    } else if (type === 'IEND') break
    offset += 12 + length
  }
  const channels = colourType === 6 ? 4 : 3
  const stride = width * channels
  const raw = inflateSync(Buffer.concat(idat))
  if (raw.length !== height * (stride + 1)) throw new Error('image data has the wrong length')
  const out = new Uint8Array(width * height * 4)
  let previous = new Uint8Array(stride)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]
    const row = new Uint8Array(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)))
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? (row[i - channels] ?? 0) : 0
      const b = previous[i] ?? 0
      const c = i >= channels ? (previous[i - channels] ?? 0) : 0
      const x = row[i] ?? 0
      let value: number
      switch (filter) {
        case 0:
          value = x
          break
        case 1:
          value = x + a
          break
        case 2:
          value = x + b
          break
        case 3:
          value = x + ((a + b) >> 1)
          break
        case 4: {
          const p = a + b - c
          const pa = Math.abs(p - a)
          const pb = Math.abs(p - b)
          const pc = Math.abs(p - c)
          value = x + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c)
          break
        }
        default:
          throw new Error(`unknown PNG filter ${filter}`)
      }
      row[i] = value & 0xff
    }
    for (let px = 0; px < width; px++) {
      const o = (y * width + px) * 4
      out[o] = row[px * channels] ?? 0
      out[o + 1] = row[px * channels + 1] ?? 0
      out[o + 2] = row[px * channels + 2] ?? 0
      out[o + 3] = channels === 4 ? (row[px * channels + 3] ?? 0) : 255
    }
    previous = row
  }
  return { width, height, pixels: out, text }
}

const hex = (colour: string) => [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16))

/** Whether some opaque pixel has this colour (within `tolerance` per channel). */
export function hasColour(png: DecodedPng, colour: string, tolerance = 2): boolean {
  const [r, g, b] = hex(colour) as [number, number, number]
  const p = png.pixels
  for (let i = 0; i < p.length; i += 4)
    if (
      (p[i + 3] ?? 0) === 255 &&
      Math.abs((p[i] ?? 0) - r) <= tolerance &&
      Math.abs((p[i + 1] ?? 0) - g) <= tolerance &&
      Math.abs((p[i + 2] ?? 0) - b) <= tolerance
    )
      return true
  return false
}

/** How many distinct colours (sampled) the image holds: a blank image has one. */
export function distinctColours(png: DecodedPng, step = 7): number {
  const seen = new Set<number>()
  const p = png.pixels
  for (let i = 0; i < p.length; i += 4 * step)
    seen.add(
      (((p[i] ?? 0) << 16) | ((p[i + 1] ?? 0) << 8) | (p[i + 2] ?? 0)) * 256 + (p[i + 3] ?? 0),
    )
  return seen.size
}
