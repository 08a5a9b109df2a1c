/**
 * Drives Debian's Chromium (`apt-get install -y chromium`) with playwright-core: no browser
 * download needed. A missing Chromium fails the test with instructions; it never skips, so a
 * green run always means the app was checked in a real browser.
 */
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { inject } from 'vitest'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.ts'

const OUTPUT = fileURLToPath(new URL('../../test-output/', import.meta.url))

/** The URL of the production build under test, or the reason there is none. */
export function baseUrl(): string {
  const setupError = inject('e2eSetupError')
  if (setupError) throw new Error(`The app could not be built or served:\n${setupError}`)
  const url = inject('baseUrl')
  if (!url) throw new Error('No baseUrl: is tests/e2e/globalSetup.ts configured for this project?')
  return url
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. The end-to-end tests need a real browser: ` +
        'install it with `apt-get install -y chromium`, or point CHROMIUM_PATH to a Chromium or Chrome binary.',
    )
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS })
}

let shared: Promise<Browser> | undefined

/**
 * One browser per test file, launched on first use inside a test. Launching in `beforeAll`
 * would make vitest report a missing Chromium as skipped tests; here each test fails with
 * the reason.
 */
export function sharedBrowser(): Promise<Browser> {
  shared ??= launchChromium()
  return shared
}

/** Closes the shared browser; call it in `afterAll`. */
export async function closeBrowser(): Promise<void> {
  const launching = shared
  shared = undefined
  const browser = await launching?.catch(() => undefined)
  await browser?.close()
}

export interface PageOptions {
  viewport?: { width: number; height: number }
  /** Passed to the browser; the app's language switch may read it. */
  locale?: string
  reducedMotion?: 'reduce' | 'no-preference'
  /**
   * Served instead of the bundled `data/dataset.json`: a small dataset keeps a test about
   * behaviour independent of the real cases.
   */
  dataset?: unknown
  /**
   * Whether the app's service worker may run. Blocked by default whenever `dataset` is given:
   * the worker fetches and caches the real dataset behind the test's back, and a reload would
   * then show that instead of the test's.
   */
  serviceWorkers?: 'allow' | 'block'
}

export interface PageSession {
  page: Page
  context: BrowserContext
  /** Text of every `console.error` (and failed resource load) the page printed, with its source. */
  consoleErrors: string[]
  /** Uncaught exceptions and unhandled rejections in the page. */
  pageErrors: string[]
  /** Saves a PNG of the page to test-output/<name>.png and returns its path. */
  screenshot(name: string, options?: { fullPage?: boolean }): Promise<string>
  close(): Promise<void>
}

export const DESKTOP = { width: 1280, height: 800 }
export const MOBILE = { width: 390, height: 844 }

/**
 * Opens `path` (relative to the served build, e.g. `./?case=x`) in a fresh context, so tests
 * share no storage or URL state. Listeners are attached before navigation: errors thrown
 * while the app boots are caught too.
 */
export async function openPage(path = './', options: PageOptions = {}): Promise<PageSession> {
  const url = new URL(path, baseUrl()).href
  const browser = await sharedBrowser()
  const context = await browser.newContext({
    viewport: options.viewport ?? DESKTOP,
    locale: options.locale ?? 'nl-NL',
    reducedMotion: options.reducedMotion ?? 'reduce',
    serviceWorkers: options.serviceWorkers ?? (options.dataset === undefined ? 'allow' : 'block'),
  })
  const page = await context.newPage()
  if (options.dataset !== undefined) {
    const body = JSON.stringify(options.dataset)
    await page.route('**/data/dataset.json*', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    )
  }
  const consoleErrors: string[] = []
  const pageErrors: string[] = []
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    const { url, lineNumber } = message.location()
    // Browsers ask for /favicon.ico on their own, once per browser, so whether this 404
    // shows up depends on test order. It says nothing about the app's code.
    if (new URL(url || 'about:blank').pathname === '/favicon.ico') return
    consoleErrors.push(url ? `${message.text()} (${url}:${lineNumber})` : message.text())
  })
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message))
  await page.goto(url)
  return {
    page,
    context,
    consoleErrors,
    pageErrors,
    async screenshot(name, shotOptions = {}) {
      mkdirSync(OUTPUT, { recursive: true })
      const file = join(OUTPUT, `${name.replace(/[^\w.-]+/g, '-')}.png`)
      await page.screenshot({ path: file, fullPage: shotOptions.fullPage ?? false })
      return file
    },
    close: () => context.close(),
  }
}
