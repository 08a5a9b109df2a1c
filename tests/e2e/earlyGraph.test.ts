import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { chromium, type Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.ts'
import type { Dataset } from '../../src/domain/schema.ts'
import { closeBrowser, openPage } from './browser.ts'
import { serveStatic } from './staticServer.ts'

const dataset = JSON.parse(readFileSync('data/dataset.json', 'utf8')) as Dataset
const kase = dataset.cases[0]!

type Box = { left: number; top: number; width: number; height: number }

declare global {
  interface Window {
    __firstSeen?: { earlyGraph?: number; earlyBox?: Box; header?: number }
  }
}

/**
 * Runs before the page's scripts: notes when the early drawing's frame and the app's header
 * first appear, and where the frame was put.
 */
function watchFirstDrawing(): void {
  const seen: NonNullable<Window['__firstSeen']> = {}
  window.__firstSeen = seen
  new MutationObserver(() => {
    const frame = document.querySelector('.early-graph')
    if (frame && seen.earlyGraph === undefined) {
      seen.earlyGraph = performance.now()
      const { left, top, width, height } = frame.getBoundingClientRect()
      seen.earlyBox = { left, top, width, height }
    }
    if (document.querySelector('.app-header') && seen.header === undefined)
      seen.header = performance.now()
  }).observe(document, { childList: true, subtree: true })
}

async function settledGraph(page: Page) {
  await page.waitForFunction(() => (window.__wijknetwerk?.cy.nodes().length ?? 0) > 0)
  await page.locator('.graph-aside .legend').first().waitFor()
  await page.waitForTimeout(400)
  return page.evaluate(() => {
    const containers = document.querySelectorAll('.__________cytoscape_container')
    const stage = document.querySelector('.graph-stage')
    const canvas = document.querySelector<HTMLCanvasElement>(
      '.graph-stage canvas[data-id="layer2-node"]',
    )
    let inked = 0
    if (canvas) {
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) inked++
    }
    const { left, top, width, height } = document
      .querySelector('.graph-canvas__cy')!
      .getBoundingClientRect()
    return {
      seen: window.__firstSeen ?? {},
      cores: containers.length,
      inStage: containers.length === 1 && stage?.contains(containers[0]!) === true,
      inked,
      canvasBox: { left, top, width, height },
      leftOver: document.querySelectorAll('.early-graph:not(.early-graph--adopted)').length,
    }
  })
}

describe('the first network, drawn before the app has loaded', () => {
  afterAll(closeBrowser)

  it('appears before the app, then becomes the explorer canvas without a second drawing', async () => {
    const session = await openPage(`./?case=${kase.id}`, { serviceWorkers: 'block' })
    try {
      const { page } = session
      await page.addInitScript(watchFirstDrawing)
      await page.reload()
      const result = await settledGraph(page)
      await session.screenshot('early-graph-adopted')
      expect(result.seen.earlyGraph, 'the early drawing was shown').toBeDefined()
      expect(result.seen.earlyGraph!).toBeLessThan(result.seen.header!)
      expect(result.cores, 'Cytoscape cores on the page').toBe(1)
      expect(result.inStage, 'the core sits in the explorer canvas').toBe(true)
      expect(result.inked, 'drawn pixels on the node layer').toBeGreaterThan(500)
      expect(result.leftOver).toBe(0)
      expect(session.pageErrors).toEqual([])
      expect(session.consoleErrors).toEqual([])

      // The canvas' place is kept: the next load in this window draws right there.
      await page.reload()
      const again = await settledGraph(page)
      const box = again.seen.earlyBox!
      for (const key of ['left', 'top', 'width', 'height'] as const)
        expect(Math.abs(box[key] - again.canvasBox[key]), key).toBeLessThanOrEqual(1)
    } finally {
      await session.close()
    }
  })

  it('is left to the app when the address asks for more than a case (a filter)', async () => {
    const session = await openPage('./', { serviceWorkers: 'block' })
    try {
      const { page } = session
      await page.addInitScript(watchFirstDrawing)
      await page.goto(new URL(`./?case=${kase.id}&hide=market`, page.url()).href)
      const result = await settledGraph(page)
      expect(result.seen.earlyGraph).toBeUndefined()
      expect(result.cores).toBe(1)
      expect(result.inked).toBeGreaterThan(500)
    } finally {
      await session.close()
    }
  })

  it('is drawn from a dataset replaced after the build once it passes the checks', async () => {
    const changed: Dataset = {
      ...dataset,
      cases: dataset.cases.map((c) =>
        c.id === kase.id ? { ...c, title: 'Vervangen titel', titleEn: 'Replaced title' } : c,
      ),
    }
    const session = await openPage('./', { dataset: changed })
    try {
      const { page } = session
      await page.addInitScript(watchFirstDrawing)
      await page.goto(new URL(`./?case=${kase.id}`, page.url()).href)
      const result = await settledGraph(page)
      expect(result.seen.earlyGraph).toBeDefined()
      expect(result.cores).toBe(1)
      await page
        .getByRole('heading', { name: /Vervangen titel/ })
        .first()
        .waitFor()
    } finally {
      await session.close()
    }
  })

  it('is not drawn from a replaced dataset that fails the checks: the errors are shown', async () => {
    const broken = { ...dataset, cases: dataset.cases.map((c) => ({ ...c, phases: 'none' })) }
    const session = await openPage('./', { dataset: broken })
    try {
      const { page } = session
      await page.addInitScript(watchFirstDrawing)
      await page.goto(new URL(`./?case=${kase.id}`, page.url()).href)
      await page.getByText('De dataset bevat fouten').waitFor()
      expect(await page.evaluate(() => window.__firstSeen?.earlyGraph)).toBeUndefined()
      expect(await page.locator('canvas').count()).toBe(0)
    } finally {
      await session.close()
    }
  })

  it('is left to the dataset worker on a plain-http address (no digests there), and the case opens', async () => {
    // A host name other than localhost makes the page an insecure context, as on a school's
    // network server: browsers then offer no SubtleCrypto. (A plain file server: the preview
    // server refuses unknown host names.)
    const server = await serveStatic(fileURLToPath(new URL('../../dist/', import.meta.url)), '/')
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP wijknetwerk.test 127.0.0.1'],
    })
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      await page.addInitScript(watchFirstDrawing)
      const url = new URL(`./?case=${kase.id}`, server.url)
      url.hostname = 'wijknetwerk.test'
      await page.goto(url.href)
      const result = await settledGraph(page)
      const context = await page.evaluate(() => ({
        secure: isSecureContext,
        worker: performance
          .getEntriesByType('resource')
          .some((entry) => /dataset\.worker/.test(entry.name)),
      }))
      expect(context).toEqual({ secure: false, worker: true })
      expect(result.seen.earlyGraph).toBeUndefined()
      expect(result.cores).toBe(1)
      expect(result.inked).toBeGreaterThan(500)
      expect(errors).toEqual([])
    } finally {
      await browser.close()
      await server.close()
    }
  })
})
