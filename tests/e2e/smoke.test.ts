import { afterAll, describe, expect, it } from 'vitest'
import { baseUrl, closeBrowser, DESKTOP, MOBILE, openPage } from './browser.ts'

describe('the production build', () => {
  it('serves the bundled dataset as JSON', async () => {
    const response = await fetch(new URL('data/dataset.json', baseUrl()))
    const type = response.headers.get('content-type') ?? ''
    expect(response.status, 'HTTP status of data/dataset.json').toBe(200)
    // The preview server answers unknown paths with index.html: a missing file shows up as HTML.
    expect(type, 'content type of data/dataset.json (HTML means the file is missing)').toContain(
      'json',
    )
    const body = await response.text()
    expect(() => JSON.parse(body) as unknown).not.toThrow()
  })
})

describe('the app in Chromium', () => {
  afterAll(closeBrowser)

  it.each([
    ['desktop', DESKTOP],
    ['mobile', MOBILE],
  ])('opens on %s without console errors and shows the app title', async (name, viewport) => {
    const session = await openPage('./', { viewport })
    try {
      const { page } = session
      expect(await page.title()).toContain('Wijknetwerk')
      await page
        .getByText('Wijknetwerk')
        .filter({ visible: true })
        .first()
        .waitFor({ state: 'visible', timeout: 15_000 })
      // Let the dataset load and the graph settle, so late errors are caught too.
      await page.waitForLoadState('networkidle')
      await session.screenshot(`smoke-${name}`)
      expect(session.pageErrors).toEqual([])
      expect(session.consoleErrors).toEqual([])
    } finally {
      await session.close()
    }
  })
})
