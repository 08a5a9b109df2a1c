/**
 * `npm run bench [--quick] [--json FILE] [--out DIR] [--runs N]`: builds the app, serves the
 * production build on 127.0.0.1, drives Debian's Chromium with playwright-core and prints the
 * medians as tables (see BENCHMARKS.md for what each figure means).
 */
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { FULL, QUICK, runBench } from './core.ts'
import { formatReport, toJson } from './report.ts'

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    json: { type: 'string' },
    out: { type: 'string' },
    runs: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
})

if (values.help) {
  console.log('npm run bench -- [--quick] [--json FILE] [--out DIR] [--runs N]')
  process.exit(0)
}

const preset = values.quick ? QUICK : FULL
const runs = values.runs ? Number(values.runs) : undefined
if (runs !== undefined && !(Number.isInteger(runs) && runs >= 1)) {
  console.error(`--runs must be a whole number ≥ 1 (is ${values.runs})`)
  process.exit(2)
}
const started = Date.now()
const result = await runBench({
  ...preset,
  ...(runs ? { runs, largeRuns: runs } : {}),
  outDir: values.out ?? join(tmpdir(), 'wijknetwerk-bench'),
  runTimeoutMs: values.quick ? 90_000 : 180_000,
  log: (line) => console.error(line),
})
console.log(formatReport(result))
console.error(`\nbenchmark took ${Math.round((Date.now() - started) / 1000)} s`)
if (values.json) {
  writeFileSync(values.json, toJson(result))
  console.error(`figures written to ${values.json}`)
}
