import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkedDatasetDigest } from '../../../scripts/checkedDataset.ts'
import { parseDataset } from '../../../src/domain/validate.ts'
import { datasetCheckedAtBuild } from '../../../src/queries/checkedDataset.ts'
import { makeCase, makeDataset } from '../../builders.ts'

const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value))
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
/** An ArrayBuffer holding exactly these bytes (what `Response.arrayBuffer()` gives). */
const bufferOf = (bytes: Uint8Array) => bytes.slice().buffer

describe('the digest the build records for the bundled dataset', () => {
  it('is the SHA-256 of a file that passes the checks unchanged', () => {
    const bytes = bytesOf(makeDataset({ cases: [makeCase({ id: 'one' })] }))
    expect(checkedDatasetDigest(bytes)).toBe(sha256(bytes))
  })

  it('is recorded for the dataset in data/', () => {
    const bytes = readFileSync('data/dataset.json')
    expect(checkedDatasetDigest(bytes)).toBe(sha256(bytes))
  })

  it('is not recorded for a file that fails the checks', () => {
    const dataset = makeDataset({ cases: [makeCase({ id: 'one' })] })
    expect(checkedDatasetDigest(bytesOf({ ...dataset, cases: 'none' }))).toBeNull()
    expect(checkedDatasetDigest(new TextEncoder().encode('{"cases": ['))).toBeNull()
  })

  it('is not recorded for a file the checks change (the page would use it unchanged)', () => {
    // The checks accept an unknown key and drop it; the file as downloaded would still have it.
    const dataset = { ...makeDataset({ cases: [makeCase({ id: 'one' })] }), note: 'extra' }
    const checked = parseDataset(dataset)
    expect(checked.ok && !('note' in checked.dataset)).toBe(true)
    expect(checkedDatasetDigest(bytesOf(dataset))).toBeNull()
  })
})

describe('a downloaded dataset file on the page', () => {
  const dataset = makeDataset({ cases: [makeCase({ id: 'one' })] })
  const bytes = bytesOf(dataset)

  it('is used without checking when it has the recorded digest', async () => {
    expect(await datasetCheckedAtBuild(bufferOf(bytes), sha256(bytes))).toEqual(dataset)
  })

  it('is refused (left to the full checks) when one byte differs', async () => {
    const changed = bytes.slice()
    changed[changed.length - 2] = changed[changed.length - 2] === 0x31 ? 0x32 : 0x31
    expect(await datasetCheckedAtBuild(bufferOf(changed), sha256(bytes))).toBeNull()
  })

  it('is refused when the build recorded no digest', async () => {
    expect(await datasetCheckedAtBuild(bufferOf(bytes), null)).toBeNull()
  })
})
