/** One measured page load each: the app or the bare page, a bundled case or a generated network. */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import {
  exportPng,
  FIRST_GRAPH,
  heapMB,
  installProbe,
  longestTask,
  markTime,
  panZoom,
  settleAfterInput,
  trackRenders,
} from './probes.ts'
import { percentile } from './stats.ts'

export const VIEWPORT = { width: 1280, height: 800 }

/** A fresh context (empty cache and storage) per run: every load is cold. */
export async function withPage<T>(
  browser: Browser,
  timeoutMs: number,
  run: (page: Page) => Promise<T>,
): Promise<T> {
  const context: BrowserContext = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    locale: 'nl-NL',
    // Users see the transitions; the benchmark times them.
    reducedMotion: 'no-preference',
    serviceWorkers: 'block',
  })
  let timer: NodeJS.Timeout | undefined
  try {
    const page = await context.newPage()
    page.setDefaultTimeout(timeoutMs)
    // tsx compiles with esbuild's keepNames, which wraps named inner functions in `__name(…)`;
    // functions sent to the page need that helper there too.
    await page.addInitScript({ content: 'globalThis.__name = (f) => f' })
    await page.addInitScript(installProbe)
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`run timed out after ${timeoutMs} ms`)), timeoutMs)
    })
    return await Promise.race([run(page), timeout])
  } finally {
    clearTimeout(timer)
    await context.close().catch(() => undefined)
  }
}

export interface BundledCase {
  id: string
  otherId: string
  /** A label of an actor in the case, to type into the spotlight search. */
  actorLabel: string
}

export interface AppRun {
  firstGraphMs: number
  phaseStepMs: number
  phaseStepLongestTaskMs: number
  caseSwitchMs: number
  caseSwitchLongestTaskMs: number
  spotlightMs: number | null
  spotlightLongestTaskMs: number | null
  pngMs: number
  pngBytes: number
}

/**
 * Cold load of a bundled case, then on the same page: a phase step (→), a switch to another
 * case and back, a spotlight (if the search is on the page) and a 4× PNG of the case.
 */
export async function appRun(page: Page, base: string, kase: BundledCase): Promise<AppRun> {
  await page.goto(`${base}app/?case=${kase.id}`)
  const firstGraphMs = await markTime(page, FIRST_GRAPH, 30_000)
  await trackRenders(page)
  await page.waitForTimeout(800)

  await page.keyboard.press('ArrowRight')
  const step = await settleAfterInput(page)

  const picker = page.getByLabel('Kies een casus')
  await picker.selectOption(kase.otherId)
  const switched = await settleAfterInput(page)
  await picker.selectOption(kase.id)
  await settleAfterInput(page)

  let spotlightMs: number | null = null
  let spotlightLongestTaskMs: number | null = null
  const search = page.getByRole('combobox', { name: 'Actor uitlichten' })
  if ((await search.count()) > 0) {
    await search.fill(kase.actorLabel)
    await search.press('Enter')
    const lit = await settleAfterInput(page)
    spotlightMs = Number.isNaN(lit.ms) ? null : lit.ms
    spotlightLongestTaskMs = lit.longestTaskMs
  }

  const png = await exportPng(page, 4)
  return {
    firstGraphMs,
    phaseStepMs: step.ms,
    phaseStepLongestTaskMs: step.longestTaskMs,
    caseSwitchMs: switched.ms,
    caseSwitchLongestTaskMs: switched.longestTaskMs,
    spotlightMs,
    spotlightLongestTaskMs,
    pngMs: png.ms,
    pngBytes: png.bytes,
  }
}

/** Cold load of a bundled case in the app, to its first drawn graph only. */
export async function firstGraphOnly(page: Page, base: string, caseId: string): Promise<number> {
  await page.goto(`${base}app/?case=${caseId}`)
  return markTime(page, FIRST_GRAPH, 30_000)
}

/** Cold load of the bare Cytoscape page with the same case. */
export async function bareRun(page: Page, base: string, caseId: string): Promise<number> {
  await page.goto(`${base}bare/?case=${caseId}`)
  return markTime(page, FIRST_GRAPH, 30_000)
}

export interface LargeRun {
  /** From navigation to the first drawn frame (fetch, validation, view, first draw). */
  firstFrameMs: number
  /** The worker layout, from its start to its last positions. */
  layoutMs: number
  fps: number
  frameMainThreadP95Ms: number
  /** Longest main-thread task that started while the network was laid out. */
  longestTaskMs: number
  /** Longest task in the 3 s after the layout (big networks draw their relations then). */
  longestTaskAfterLayoutMs: number
  /** Longest task from navigation to the first frame (loading, validation, measures). */
  longestTaskLoadMs: number
  heapMB: number
}

/** The app opening a generated network through `?data=`, laid out in its worker. */
export async function largeAppRun(page: Page, base: string, path: string): Promise<LargeRun> {
  await page.goto(`${base}app/?data=${encodeURIComponent(path)}&case=synthetic`)
  const firstFrameMs = await markTime(page, FIRST_GRAPH, 120_000)
  const layoutStart = await markTime(page, 'wijknetwerk:layout-start', 10_000)
  const layoutDone = await markTime(page, 'wijknetwerk:layout-done', 180_000)
  const longestTaskMs = await longestTask(page, layoutStart, layoutDone, 'start')
  const longestTaskLoadMs = await longestTask(page, 0, firstFrameMs)
  await page.waitForTimeout(3000)
  const longestTaskAfterLayoutMs = await longestTask(page, layoutDone, layoutDone + 3000, 'start')
  const heap = await heapMB(page)
  const frames = await panZoom(page, 'sigma')
  return {
    firstFrameMs,
    layoutMs: layoutDone - layoutStart,
    fps: frames.fps,
    frameMainThreadP95Ms: percentile(frames.drawMs, 95),
    longestTaskMs,
    longestTaskAfterLayoutMs,
    longestTaskLoadMs,
    heapMB: heap,
  }
}

export interface CytoscapeLargeRun {
  firstFrameMs: number
  fps: number
  frameMainThreadP95Ms: number
  longestTaskMs: number
  heapMB: number
}

/** The bare page drawing a generated network with Cytoscape and the app's lightest style. */
export async function largeCytoscapeRun(
  page: Page,
  base: string,
  path: string,
): Promise<CytoscapeLargeRun> {
  await page.goto(`${base}bare/?data=${encodeURIComponent(path)}&case=synthetic`)
  const firstFrameMs = await markTime(page, FIRST_GRAPH, 120_000)
  await page.waitForTimeout(1000)
  const heap = await heapMB(page)
  const longest = await longestTask(page)
  const frames = await panZoom(page, 'cytoscape')
  return {
    firstFrameMs,
    fps: frames.fps,
    frameMainThreadP95Ms: percentile(frames.drawMs, 95),
    longestTaskMs: longest,
    heapMB: heap,
  }
}
