/**
 * The benchmark still works: a reduced run of `npm run bench` (one run each, the bundled case
 * and one generated network of 1,000 actors, against the build the end-to-end tests serve).
 * Its figures are printed, never compared with budgets: timings vary with the machine.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { runBench } from '../../scripts/bench/core.ts'
import { formatReport, toJson } from '../../scripts/bench/report.ts'
import { baseUrl } from './browser.ts'

const root = fileURLToPath(new URL('../..', import.meta.url))
const out = mkdtempSync(join(tmpdir(), 'wijknetwerk-bench-test-'))

afterAll(() => rmSync(out, { recursive: true, force: true }))

describe('npm run bench', () => {
  it(
    'measures the app, the bare page and a large network, and writes the figures as JSON',
    { timeout: 150_000 },
    async () => {
      baseUrl() // fails with the build's message if the app could not be built
      const result = await runBench({
        runs: 1,
        largeRuns: 1,
        sizes: [{ nodes: 1000, edgesPerNode: 2 }],
        cytoscapeSizes: [{ nodes: 1000, edgesPerNode: 2 }],
        outDir: out,
        appDir: join(root, 'dist'),
        runTimeoutMs: 90_000,
        log: () => {},
      })
      console.log(formatReport(result))
      const json = JSON.parse(toJson(result)) as Record<string, unknown>
      for (const key of ['firstGraphRatio', 'initialJsGzipKB', 'phaseStepLongestTaskMs'])
        expect(Number.isFinite(json[key]), key).toBe(true)
      const large = json.large as Record<string, unknown>[]
      expect(large).toHaveLength(1)
      expect(large[0]).toMatchObject({ nodes: 1000, edges: 2000 })
      for (const key of ['firstFrameMs', 'fps', 'frameMainThreadP95Ms', 'longestTaskMs'])
        expect(Number.isFinite(large[0]![key]), key).toBe(true)
      const cytoscape = json.cytoscapeLarge as Record<string, unknown>[]
      expect(Number.isFinite(cytoscape[0]!.firstFrameMs)).toBe(true)
    },
  )
})
