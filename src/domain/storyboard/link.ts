import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate'
import { parseStoryboard, type StoryboardResult } from './parse.ts'
import type { Storyboard } from './schema.ts'

/** Above this length some mail and chat programs cut a link short. */
export const MAX_SAFE_LINK_LENGTH = 2000

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const INDEX = new Map([...ALPHABET].map((char, i) => [char, i]))

/** base64url without padding (RFC 4648 §5): safe in a query string as it is. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0
    const b = bytes[i + 1] ?? 0
    const c = bytes[i + 2] ?? 0
    const triple = (a << 16) | (b << 8) | c
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6))
    for (let k = 0; k < chars; k++) out += ALPHABET[(triple >> (18 - 6 * k)) & 63]
  }
  return out
}

/** The bytes of a base64url text, or null when it holds a character outside the alphabet. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8))
  let buffer = 0
  let bits = 0
  let at = 0
  for (const char of text) {
    const value = INDEX.get(char)
    if (value === undefined) return null
    buffer = ((buffer << 6) | value) & 0xffffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes[at++] = (buffer >> bits) & 0xff
    }
  }
  return bytes
}

/** The storyboard packed for a `story=` parameter: JSON, deflated, base64url. */
export function encodeStoryboard(storyboard: Storyboard): string {
  return toBase64Url(deflateSync(strToU8(JSON.stringify(storyboard)), { level: 9 }))
}

/** Unpacks a `story=` parameter; a cut-off or altered link gives `damaged-link`. */
export function decodeStoryboard(param: string): StoryboardResult {
  const bytes = fromBase64Url(param.trim())
  if (!bytes || bytes.length === 0) return { ok: false, problem: { kind: 'damaged-link' } }
  let text: string
  try {
    text = strFromU8(inflateSync(bytes))
  } catch {
    return { ok: false, problem: { kind: 'damaged-link' } }
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { ok: false, problem: { kind: 'damaged-link' } }
  }
  return parseStoryboard(value)
}
