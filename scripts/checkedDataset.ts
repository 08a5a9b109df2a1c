import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { isDeepStrictEqual } from 'node:util'
import { decodeText } from '../src/queries/download.ts'
import { parseDatasetText } from '../src/queries/loadProblem.ts'

/**
 * The SHA-256 (hex) of a dataset file that passes the app's checks (`parseDataset`) and comes
 * out of them unchanged, else null. The build records it (vite.config.ts): a page that
 * downloads a file with this digest may use it without checking it again, because it was
 * checked here; any other file (one replaced after the build) is checked in full.
 */
export function checkedDatasetDigest(bytes: Uint8Array): string | null {
  // Decoded as the page decodes the file it downloads.
  const text = decodeText(bytes)
  const parsed = parseDatasetText(text)
  if (!parsed.ok) return null
  // The page would use JSON.parse's result: only safe if the checks change nothing.
  if (!isDeepStrictEqual(parsed.dataset, JSON.parse(text))) return null
  return createHash('sha256').update(bytes).digest('hex')
}

/** `checkedDatasetDigest` of a file; null when it cannot be read. */
export function checkedDatasetDigestOfFile(path: string): string | null {
  let bytes: Uint8Array
  try {
    bytes = readFileSync(path)
  } catch {
    return null
  }
  return checkedDatasetDigest(bytes)
}
