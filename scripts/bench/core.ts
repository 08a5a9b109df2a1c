import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Browser, chromium } from 'playwright-core'
import type { Dataset } from '../../src/domain/schema.ts'
import { buildApp, buildBare, ROOT } from './build.ts'
import { type BundleReport, bundleReport } from './bundle.ts'
import { type SyntheticFile, writeSyntheticFiles } from './datasets.ts'
import { type Machine, machine } from './machine.ts'
import {
  type AppRun,
  appRun,
  type BundledCase,
  bareRun,
  type CytoscapeLargeRun,
  firstGraphOnly,
  type LargeRun,
  largeAppRun,
  largeCytoscapeRun,
  withPage,
} from './scenarios.ts'
import { serveStatic, type StaticServer } from './server.ts'
import { median, round } from './stats.ts'
import { BENCH_CHROMIUM_ARGS, CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts'

export interface Size {
  nodes: number
  edgesPerNode: number
}

export interface BenchOptions {
  /** Runs per measurement of the bundled case; the median is reported. */
  runs: number
  /** Runs per generated network. */
  largeRuns: number
  sizes: Size[]
  /** Generated networks also drawn by plain Cytoscape (bare page), for comparison. */
  cytoscapeSizes: Size[]
  /** Where builds and generated files go. */
  outDir: string
  /** An existing app build to measure instead of building one. */
  appDir?: string
  runTimeoutMs: number
  log: (line: string) => void
}

export const FULL: Pick<BenchOptions, 'runs' | 'largeRuns' | 'sizes' | 'cytoscapeSizes'> = {
  // Two cold loads a few seconds apart differ by up to half their time on this kind of
  // machine, and the ratio of each pair with them: nine pairs give a steady median.
  runs: 9,
  largeRuns: 3,
  sizes: [1000, 5000, 20000].flatMap((nodes) =>
    [2, 5].map((edgesPerNode) => ({ nodes, edgesPerNode })),
  ),
  cytoscapeSizes: [
    { nodes: 1000, edgesPerNode: 2 },
    { nodes: 1000, edgesPerNode: 5 },
    { nodes: 5000, edgesPerNode: 2 },
    { nodes: 5000, edgesPerNode: 5 },
  ],
}

export const QUICK: typeof FULL = {
  runs: 3,
  largeRuns: 1,
  sizes: [
    { nodes: 1000, edgesPerNode: 2 },
    { nodes: 1000, edgesPerNode: 5 },
    { nodes: 5000, edgesPerNode: 5 },
  ],
  cytoscapeSizes: [{ nodes: 1000, edgesPerNode: 2 }],
}

/**
 * A generated network in the app, measured in both ways Chromium draws on a machine without a
 * GPU (see scripts/chromium.ts). Each has a software cost on the main thread that a machine
 * with a GPU does not have, in a different place: with software compositing every frame is
 * read back after it is drawn (long tasks), in the GPU process (SwiftShader) drawing calls
 * wait for the slow software GPU (time inside sigma's render). The headline figures take each
 * measure where the software GPU does not add to it: time per frame from software
 * compositing, long tasks from the GPU process. Both full sets are kept.
 */
export interface LargeRow extends Partial<LargeRun> {
  renderer: 'sigma'
  nodes: number
  edges: number
  runs: number
  error?: string
  gpuProcess: Partial<LargeRun>
  softwareCompositing: Partial<LargeRun>
}

export interface CytoscapeRow extends Partial<CytoscapeLargeRun> {
  renderer: 'cytoscape'
  nodes: number
  edges: number
  runs: number
  error?: string
}

export interface BenchResult {
  date: string
  machine: Machine
  runs: number
  bundledCase: string
  firstGraphAppMs: number
  firstGraphBareMs: number
  /** Median over runs of app / bare, each pair measured back to back. */
  firstGraphRatio: number
  phaseStepMs: number
  phaseStepLongestTaskMs: number
  caseSwitchMs: number
  caseSwitchLongestTaskMs: number
  spotlightMs: number | null
  spotlightLongestTaskMs: number | null
  spotlightNote?: string
  png4xMs: number
  png4xMB: number
  initialJsGzipKB: number
  initialCssGzipKB: number
  bundle: BundleReport
  large: LargeRow[]
  cytoscapeLarge: CytoscapeRow[]
}

/** The bundled case with the most actors and relations, another case, and an actor name. */
function pickCases(dataset: Dataset): BundledCase {
  const sorted = [...dataset.cases].sort(
    (a, b) =>
      b.participants.length + b.relations.length - (a.participants.length + a.relations.length),
  )
  const kase = sorted[0]!
  const actorId = kase.participants[0]!.actor
  const actor = dataset.actors.find((a) => a.id === actorId)!
  return { id: kase.id, otherId: sorted[1]!.id, actorLabel: actor.label }
}

/** Medians of each numeric field over the runs that succeeded. */
function medians<T extends object>(runs: readonly T[]): Partial<T> {
  const out: Record<string, number> = {}
  const keys = runs[0] ? Object.keys(runs[0]) : []
  for (const key of keys) {
    const values = runs
      .map((r) => (r as Record<string, unknown>)[key])
      .filter((v) => typeof v === 'number')
    if (values.length) out[key] = round(median(values as number[]), 1)
  }
  return out as Partial<T>
}

async function repeat<T>(
  count: number,
  label: string,
  options: BenchOptions,
  run: () => Promise<T>,
): Promise<{ results: T[]; error?: string }> {
  const results: T[] = []
  for (let i = 0; i < count; i++) {
    try {
      results.push(await run())
      options.log(`  ${label}: run ${i + 1}/${count} done`)
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0]! : String(error)
      options.log(`  ${label}: run ${i + 1} failed: ${message}`)
      // A size that times out once would only time out again: skip its other runs.
      return { results, error: message }
    }
  }
  return { results }
}

/** Builds, serves and measures; always closes the browser and the server. */
export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const { log } = options
  const appDir = options.appDir ?? join(options.outDir, 'app')
  const bareDir = join(options.outDir, 'bare')
  const dataDir = join(options.outDir, 'bench-data')
  if (!options.appDir) {
    log(`building the app into ${appDir}`)
    await buildApp(appDir)
  }
  log(`building the bare Cytoscape page into ${bareDir}`)
  await buildBare(bareDir)
  const allSizes = [...options.sizes, ...options.cytoscapeSizes].filter(
    (s, i, list) =>
      list.findIndex((o) => o.nodes === s.nodes && o.edgesPerNode === s.edgesPerNode) === i,
  )
  log(`generating ${allSizes.length} networks into ${dataDir}`)
  const files = writeSyntheticFiles(dataDir, allSizes)
  const fileFor = (s: Size) =>
    files.find((f) => f.nodes === s.nodes && f.edgesPerNode === s.edgesPerNode)!
  const dataset = JSON.parse(readFileSync(join(ROOT, 'data/dataset.json'), 'utf8')) as Dataset
  const kase = pickCases(dataset)

  let server: StaticServer | undefined
  let browser: Browser | undefined
  let gpuBrowser: Browser | undefined
  try {
    server = await serveStatic([
      { prefix: '/app/bench-data/', dir: dataDir },
      { prefix: '/app/', dir: appDir },
      { prefix: '/bare/', dir: bareDir },
    ])
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
    })
    gpuBrowser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: BENCH_CHROMIUM_ARGS,
    })
    const base = server.url
    const open = browser
    const gpu = gpuBrowser
    const timeout = options.runTimeoutMs

    // The first pages a fresh browser opens pay for starting its own machinery (fonts, raster
    // and script caches shared by all its contexts); one unmeasured load of each page first, so
    // that neither side of a pair carries that. Each measured load is still cold: a fresh
    // context, empty HTTP cache and storage.
    log('warm-up: one load of the app and of the bare page, not counted')
    await withPage(open, timeout, (page) => firstGraphOnly(page, base, kase.id))
    await withPage(open, timeout, (page) => bareRun(page, base, kase.id))
    log(`bundled case "${kase.id}": app and bare page, ${options.runs} runs each, interleaved`)
    const apps: AppRun[] = []
    const bares: number[] = []
    const ratios: number[] = []
    for (let i = 0; i < options.runs; i++) {
      const app = await withPage(open, timeout, (page) => appRun(page, base, kase))
      const bare = await withPage(open, timeout, (page) => bareRun(page, base, kase.id))
      apps.push(app)
      bares.push(bare)
      ratios.push(app.firstGraphMs / bare)
      log(`  run ${i + 1}: app ${round(app.firstGraphMs)} ms, bare ${round(bare)} ms`)
    }
    const app = medians(apps)

    const large: LargeRow[] = []
    for (const size of options.sizes) {
      const file = fileFor(size)
      const label = `sigma ${file.nodes}/${file.edges}`
      const inGpu = await repeat(options.largeRuns, `${label}, GPU process`, options, () =>
        withPage(gpu, timeout, (page) => largeAppRun(page, base, file.path)),
      )
      const inSoftware = await repeat(
        options.largeRuns,
        `${label}, software compositing`,
        options,
        () => withPage(open, timeout, (page) => largeAppRun(page, base, file.path)),
      )
      const gpuProcess = medians(inGpu.results)
      const softwareCompositing = medians(inSoftware.results)
      const error = inGpu.error ?? inSoftware.error
      large.push({
        renderer: 'sigma',
        ...rowBase(file, Math.min(inGpu.results.length, inSoftware.results.length)),
        ...gpuProcess,
        frameMainThreadP95Ms: softwareCompositing.frameMainThreadP95Ms,
        ...(error ? { error } : {}),
        gpuProcess,
        softwareCompositing,
      })
    }
    const cytoscapeLarge: CytoscapeRow[] = []
    for (const size of options.cytoscapeSizes) {
      const file = fileFor(size)
      const label = `cytoscape ${file.nodes}/${file.edges}`
      const { results, error } = await repeat(options.largeRuns, label, options, () =>
        withPage(open, timeout, (page) => largeCytoscapeRun(page, base, file.path)),
      )
      cytoscapeLarge.push({
        renderer: 'cytoscape',
        ...rowBase(file, results.length),
        ...medians(results),
        ...(error ? { error } : {}),
      })
    }

    const bundle = bundleReport(appDir)
    const spotlightRan = apps.some((a) => a.spotlightMs !== null)
    return {
      date: new Date().toISOString(),
      machine: machine(open.version(), { default: CHROMIUM_ARGS, gpuProcess: BENCH_CHROMIUM_ARGS }),
      runs: options.runs,
      bundledCase: kase.id,
      firstGraphAppMs: round(median(apps.map((a) => a.firstGraphMs)), 1),
      firstGraphBareMs: round(median(bares), 1),
      firstGraphRatio: round(median(ratios), 3),
      phaseStepMs: app.phaseStepMs ?? Number.NaN,
      phaseStepLongestTaskMs: app.phaseStepLongestTaskMs ?? Number.NaN,
      caseSwitchMs: app.caseSwitchMs ?? Number.NaN,
      caseSwitchLongestTaskMs: app.caseSwitchLongestTaskMs ?? Number.NaN,
      spotlightMs: spotlightRan ? (app.spotlightMs ?? null) : null,
      spotlightLongestTaskMs: spotlightRan ? (app.spotlightLongestTaskMs ?? null) : null,
      ...(spotlightRan
        ? {}
        : { spotlightNote: 'no spotlight search on the page, or it drew nothing' }),
      png4xMs: app.pngMs ?? Number.NaN,
      png4xMB: round((app.pngBytes ?? Number.NaN) / 1024 ** 2, 1),
      initialJsGzipKB: bundle.initialJsGzipKB,
      initialCssGzipKB: bundle.initialCssGzipKB,
      bundle,
      large,
      cytoscapeLarge,
    }
  } finally {
    await browser?.close().catch(() => undefined)
    await gpuBrowser?.close().catch(() => undefined)
    await server?.close()
  }
}

function rowBase(file: SyntheticFile, runs: number) {
  return { nodes: file.nodes, edges: file.edges, runs }
}
