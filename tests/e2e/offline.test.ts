import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { baseUrl, closeBrowser, openPage, sharedBrowser } from './browser.ts'
import { serveStatic } from './staticServer.ts'

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url))

/** Waits until the service worker controls the page and holds the dataset in its cache. */
async function waitUntilOfflineReady(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
    timeout: 30_000,
  })
  await page.waitForFunction(
    async () =>
      (await caches.match(new URL('data/dataset.json', location.href).href)) !== undefined,
    undefined,
    { timeout: 30_000, polling: 250 },
  )
}

describe('offline use', () => {
  afterAll(closeBrowser)

  it('shows the dataset after a reload with the network cut, once visited', async () => {
    const session = await openPage('./')
    const { page, context } = session
    try {
      await page.getByRole('button', { name: 'De Voedseltuin' }).waitFor({ timeout: 15_000 })
      await waitUntilOfflineReady(page)
      await context.setOffline(true)
      await page.reload()
      const cases = page.getByRole('navigation', { name: 'Casussen' }).getByRole('button')
      await cases.first().waitFor({ timeout: 15_000 })
      expect(await cases.count()).toBe(10)
      await page.getByRole('button', { name: 'De Voedseltuin' }).click()
      await page.getByRole('img', { name: /^Netwerk van De Voedseltuin/ }).waitFor()
      await session.screenshot('offline-reload')
      expect(session.pageErrors).toEqual([])
    } finally {
      await session.close()
    }
  })

  it('can be installed: a manifest with a name and PNG icons of 192 and 512 px', async () => {
    const manifestUrl = new URL('manifest.webmanifest', baseUrl())
    const manifest = (await (await fetch(manifestUrl)).json()) as {
      name: string
      start_url: string
      display: string
      icons: { src: string; sizes: string; type: string }[]
    }
    expect(manifest).toMatchObject({ name: 'Wijknetwerk', start_url: './', display: 'standalone' })
    for (const size of ['192x192', '512x512']) {
      const icon = manifest.icons.find((i) => i.sizes === size && i.type === 'image/png')
      expect(icon, `icon ${size}`).toBeDefined()
      const response = await fetch(new URL(icon!.src, manifestUrl))
      expect(response.headers.get('content-type')).toContain('image/png')
    }
    const session = await openPage('./')
    try {
      const href = await session.page.locator('link[rel="manifest"]').getAttribute('href')
      expect(href).toBe('./manifest.webmanifest')
    } finally {
      await session.close()
    }
  })
})

describe('the production build from a plain static server in a sub-folder', () => {
  afterAll(closeBrowser)

  it('loads the app and its dataset, opens a case and works offline there too', async () => {
    const server = await serveStatic(DIST, '/sub/folder/')
    const browser = await sharedBrowser()
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    try {
      await page.goto(server.url)
      await page.getByRole('button', { name: 'De Voedseltuin' }).click({ timeout: 15_000 })
      await page.getByRole('img', { name: /^Netwerk van De Voedseltuin/ }).waitFor()
      expect(new URL(page.url()).pathname).toBe('/sub/folder/')
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)
      expect(scope).toBe(server.url)
      await waitUntilOfflineReady(page)
      await context.setOffline(true)
      await page.reload()
      await page.getByRole('img', { name: /^Netwerk van De Voedseltuin/ }).waitFor()
      expect(errors).toEqual([])
    } finally {
      await context.close()
      await server.close()
    }
  })
})
