/**
 * The benchmark still works: its `--quick` set (the bundled case, generated networks up to
 * 5,000 actors in both drawing modes, the bare Cytoscape page) against the build the
 * end-to-end tests serve. Its figures are printed, never compared with budgets: timings vary
 * with the machine.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { QUICK, runBench } from '../../scripts/bench/core.ts'
import { formatReport, toJson } from '../../scripts/bench/report.ts'
import { baseUrl } from './browser.ts'

const root = fileURLToPath(new URL('../..', import.meta.url))
const out = mkdtempSync(join(tmpdir(), 'wijknetwerk-bench-test-'))

afterAll(() => rmSync(out, { recursive: true, force: true }))

describe('npm run bench', () => {
  it(
    'measures the app, the bare page and large networks, and writes the figures as JSON',
    { timeout: 300_000 },
    async () => {
      baseUrl() // fails with the build's message if the app could not be built
      const result = await runBench({
        ...QUICK,
        outDir: out,
        appDir: join(root, 'dist'),
        runTimeoutMs: 90_000,
        log: () => {},
      })
      console.log(
        'npm run bench --quick inside the test suite: the other test files share the machine, so ' +
          'these figures show that the benchmark works, not what the app measures (BENCHMARKS.md, ' +
          '`npm run bench` alone).\n\n' +
          formatReport(result),
      )
      const json = JSON.parse(toJson(result)) as Record<string, unknown>
      for (const key of ['firstGraphRatio', 'initialJsGzipKB', 'phaseStepLongestTaskMs'])
        expect(Number.isFinite(json[key]), key).toBe(true)
      const large = json.large as Record<string, unknown>[]
      expect(large.map((row) => [row.nodes, row.edges])).toEqual(
        QUICK.sizes.map((size) => [size.nodes, size.nodes * size.edgesPerNode]),
      )
      const fiveThousand = large.find((row) => row.nodes === 5000)!
      for (const key of ['firstFrameMs', 'fps', 'frameMainThreadP95Ms', 'longestTaskMs'])
        expect(Number.isFinite(fiveThousand[key]), key).toBe(true)
      for (const mode of ['gpuProcess', 'softwareCompositing'])
        expect(
          Number.isFinite((fiveThousand[mode] as Record<string, unknown>).firstFrameMs),
          mode,
        ).toBe(true)
      const cytoscape = json.cytoscapeLarge as Record<string, unknown>[]
      expect(Number.isFinite(cytoscape[0]!.firstFrameMs)).toBe(true)
    },
  )
})
