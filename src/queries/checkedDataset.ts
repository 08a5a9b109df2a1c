import type { Dataset } from '../domain/schema.ts'
import { decodeText } from './download.ts'

// Set by the build (vite.config.ts, scripts/checkedDataset.ts): the SHA-256 of the bundled
// dataset file, which the build ran through `parseDataset`; null if it did not pass unchanged.
declare const __CHECKED_DATASET_SHA256__: string | null

export const CHECKED_DATASET_SHA256: string | null =
  typeof __CHECKED_DATASET_SHA256__ === 'string' ? __CHECKED_DATASET_SHA256__ : null

/** True where the page can compute digests (secure contexts: https and localhost). */
export function canCheckDigest(): boolean {
  return typeof crypto !== 'undefined' && typeof crypto.subtle?.digest === 'function'
}

/**
 * The dataset in `bytes` when they are exactly the file the build checked (same SHA-256), so
 * the page need not check them again; null for any other file, which is then checked in full.
 */
export async function datasetCheckedAtBuild(
  bytes: ArrayBuffer,
  expected: string | null = CHECKED_DATASET_SHA256,
): Promise<Dataset | null> {
  if (expected === null || !canCheckDigest()) return null
  let digest: Uint8Array
  try {
    digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(bytes)))
  } catch {
    return null
  }
  const hex = Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('')
  if (hex !== expected) return null
  return JSON.parse(decodeText(bytes)) as Dataset
}
