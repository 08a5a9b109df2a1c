/** What a student does: filter, search, use the keyboard, compare, follow a party, read concepts. */
import type { Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { closeBrowser, openPage, type PageSession } from './browser.ts'

const CASE = './?case=voedseltuin&phase=voedseltuin-2'

async function withPage(path: string, run: (session: PageSession) => Promise<void>) {
  const session = await openPage(path)
  try {
    await run(session)
    expect(session.pageErrors).toEqual([])
  } finally {
    await session.close()
  }
}

const graph = (page: Page) => page.getByRole('img', { name: /^Netwerk van De Voedseltuin/ })

/** Party types of the nodes Cytoscape draws now, and the id of the node with the focus ring. */
function drawn(page: Page) {
  return page.evaluate(() => {
    const cy = window.__wijknetwerk?.cy
    if (!cy) throw new Error('window.__wijknetwerk.cy is not set')
    return {
      partyTypes: [...new Set(cy.nodes().map((n) => String(n.data('partyType'))))].sort(),
      nodes: cy.nodes().length,
      focused: cy.nodes('.focused').map((n) => n.id()),
    }
  })
}

/** Pixels drawn (alpha > 0) on the canvases inside `selector`. */
function paintedPixels(page: Page, selector: string) {
  return page.evaluate((sel) => {
    let count = 0
    for (const canvas of document.querySelectorAll<HTMLCanvasElement>(`${sel} canvas`)) {
      const context = canvas.getContext('2d')
      if (!context || canvas.width === 0) continue
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height)
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) count++
    }
    return count
  }, selector)
}

describe('a student exploring', () => {
  afterAll(closeBrowser)

  it('filters the network; the filter is in the address and survives a reload', () =>
    withPage(CASE, async ({ page }) => {
      await graph(page).waitFor()
      await page.waitForFunction(() => (window.__wijknetwerk?.cy?.nodes().length ?? 0) > 0)
      expect((await drawn(page)).partyTypes).toContain('overheid')
      await page.getByRole('button', { name: /^Filters/ }).click()
      await page
        .getByRole('group', { name: 'Partijtypen tonen' })
        .getByRole('checkbox', { name: 'Overheid' })
        .uncheck()
      await page.waitForFunction(() =>
        window.__wijknetwerk?.cy?.nodes().every((n) => n.data('partyType') !== 'overheid'),
      )
      expect(page.url()).toContain('hide=overheid')
      await page.reload()
      await graph(page).waitFor()
      await page.waitForFunction(() => (window.__wijknetwerk?.cy?.nodes().length ?? 0) > 0)
      expect((await drawn(page)).partyTypes).not.toContain('overheid')
    }))

  it('moves through the actors with the keyboard, with a visible focus ring', () =>
    withPage(CASE, async (session) => {
      const { page } = session
      await graph(page).waitFor()
      // Tab from the top of the page reaches the network, and focus never gets lost.
      let reached = false
      for (let i = 0; i < 120 && !reached; i++) {
        await page.keyboard.press('Tab')
        const active = await page.evaluate(() => ({
          tag: document.activeElement?.tagName ?? 'none',
          graph: document.activeElement?.classList.contains('graph-canvas') ?? false,
        }))
        expect(active.tag).not.toBe('BODY')
        reached = active.graph
      }
      expect(reached, 'Tab reaches the network').toBe(true)
      await page.keyboard.press('ArrowRight')
      const first = (await drawn(page)).focused
      expect(first).toHaveLength(1)
      await page.keyboard.press('ArrowRight')
      const second = (await drawn(page)).focused
      expect(second).toHaveLength(1)
      expect(second).not.toEqual(first)
      await session.screenshot('students-focus-ring')
      // The arrow keys moved the focus, not the phase.
      expect(page.url()).toContain('phase=voedseltuin-2')
      await page.keyboard.press('Enter')
      await page.waitForFunction(() => location.search.includes('actor='))
      expect(page.url()).toContain(`actor=${second[0]?.replace('actor:', '')}`)
      await page.keyboard.press('Escape')
      await page.waitForFunction(() => !location.search.includes('actor='))
      // Focus leaves the network: the ring goes with it.
      await page.keyboard.press('Tab')
      expect((await drawn(page)).focused).toEqual([])
    }))

  it('finds an actor with the header search and opens it in its case', () =>
    withPage('./', async ({ page }) => {
      const box = page.getByRole('combobox', { name: 'Zoeken' })
      await box.fill('koppert')
      await page
        .getByRole('option', { name: /Koppert Foundation/ })
        .first()
        .waitFor()
      await box.press('Enter')
      await page.getByRole('heading', { name: 'Koppert Foundation' }).waitFor()
      expect(page.url()).toContain('case=voedseltuin')
      expect(page.url()).toContain('actor=koppert-foundation')
    }))
})

describe('a student comparing', () => {
  afterAll(closeBrowser)

  it('compares two phases side by side with shared controls and one legend', () =>
    withPage('./?screen=compare&case=voedseltuin', async (session) => {
      const { page } = session
      await page.getByRole('heading', { name: 'Twee netwerken naast elkaar' }).waitFor()
      const left = page.getByRole('combobox', { name: 'Fase' }).first()
      const right = page.getByRole('combobox', { name: 'Fase' }).last()
      expect(await left.inputValue()).toBe('voedseltuin-1')
      expect(await right.inputValue()).toBe('voedseltuin-4')
      // Two Cytoscape canvases, both drawn.
      await page.waitForFunction(
        () => document.querySelectorAll('.compare-pane canvas').length >= 2,
      )
      await expect
        .poll(() => paintedPixels(page, '.compare-pane:first-of-type'), { timeout: 10_000 })
        .toBeGreaterThan(500)
      await expect
        .poll(() => paintedPixels(page, '.compare-pane:last-of-type'), { timeout: 10_000 })
        .toBeGreaterThan(500)
      await page.getByRole('button', { name: /Beide een fase verder/ }).click()
      expect(await left.inputValue()).toBe('voedseltuin-2')
      expect(await right.inputValue()).toBe('voedseltuin-4')
      await page.getByRole('combobox', { name: 'Casus' }).last().selectOption('jan-eef')
      expect(await right.inputValue()).toBe('jan-eef-1')
      const legend = page.getByRole('complementary', { name: 'Gedeelde legenda' })
      await expect.poll(() => legend.getByRole('listitem').count()).toBeGreaterThan(5)
      await page.getByRole('radio', { name: 'Leef- of systeemwereld' }).check()
      await legend.getByText('Leefwereld').waitFor()
      await session.screenshot('students-compare')
    }))

  it('follows the municipality across the ten cases and opens one', () =>
    withPage('./?screen=across', async (session) => {
      const { page } = session
      await page.getByRole('heading', { name: 'Eén partij door de casussen' }).waitFor()
      const cards = page.getByRole('article')
      expect(await cards.count()).toBe(10)
      // Dates in the chosen language: De Voedseltuin started in August 2010.
      await page.getByText('augustus 2010', { exact: true }).waitFor()
      await expect
        .poll(() => page.getByRole('img', { name: /^Invloed per fase/ }).count())
        .toBeGreaterThanOrEqual(10)
      await page.getByRole('combobox', { name: 'Volg' }).selectOption('category:woningcorporatie')
      await page.getByText('Komt in deze casus niet voor.').first().waitFor()
      await session.screenshot('students-across', { fullPage: true })
      await page
        .getByRole('button', { name: /^Open Woningcorporatie/ })
        .first()
        .click()
      await page.waitForFunction(() => location.search.includes('actor=woningcorporatie'))
      await page
        .getByRole('heading', { name: /Woningcorporatie/ })
        .first()
        .waitFor()
    }))

  it('reads a concept in the glossary and opens the phase where it shows', () =>
    withPage('./?screen=glossary', async ({ page }) => {
      await page.getByRole('heading', { name: 'Doe-democratie' }).waitFor()
      await page
        .getByRole('region', { name: 'Doe-democratie' })
        .getByRole('button', { name: /Buurthuis in zelfbeheer/ })
        .click()
      await page.waitForFunction(() => location.search.includes('phase=buurthuis-zelfbeheer-3'))
      await page.getByRole('img', { name: /^Netwerk van Buurthuis in zelfbeheer/ }).waitFor()
    }))
})
