/**
 * Facilitator mode in Chromium at 1920×1080 on the bundled dataset: presentation mode, label
 * size on screen at several zoom levels, a storyboard stepped with PageDown, the presenter
 * view in a second window, and a storyboard link opened in a fresh browser context.
 */
import type { Page } from 'playwright-core'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { encodeStoryboard } from '../../src/domain/storyboard/link.ts'
import {
  STORYBOARD_FORMAT,
  STORYBOARD_VERSION,
  type Slide,
  type Storyboard,
} from '../../src/domain/storyboard/schema.ts'
import { closeBrowser, openPage, type PageSession } from './browser.ts'

const HD = { width: 1920, height: 1080 }
const CASE = 'zorgvrijstaat'

function slide(n: number, phase: number, overrides: Partial<Slide['view']> = {}): Slide {
  return {
    id: `s${n}`,
    title: `Dia ${n}: fase ${phase}`,
    note: `Notitie bij dia ${n}`,
    view: {
      caseId: CASE,
      phaseId: `${CASE}-${phase}`,
      diff: false,
      sizeBy: 'influence',
      spotlight: [],
      filters: {
        hiddenPartyTypes: [],
        hiddenRelationTypes: [],
        minInfluence: 0,
        minStrength: 1,
        expand: null,
      },
      viewport: null,
      ...overrides,
    },
  }
}

const STORY: Storyboard = {
  format: STORYBOARD_FORMAT,
  version: STORYBOARD_VERSION,
  title: 'Avond Zorgvrijstaat',
  slides: [
    slide(1, 1),
    slide(2, 2, { spotlight: ['gemeente-rotterdam'] }),
    slide(3, 4, { spotlight: ['gemeente-rotterdam', 'bewoners-rotterdam-west'] }),
  ],
}

async function waitForGraph(page: Page) {
  await page.waitForFunction(() => (window.__wijknetwerk?.cy?.nodes().length ?? 0) > 0)
}

const caption = (page: Page) => page.getByRole('status', { name: 'Presentatie' })
const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key)

/** The smallest on-screen label font of the nodes whose label is shown, in CSS px. */
function smallestLabelPx(page: Page): Promise<number> {
  return page.evaluate(() => {
    const cy = window.__wijknetwerk?.cy
    if (!cy) throw new Error('no cy')
    const shown = cy.nodes().filter((n) => !n.hasClass('fm-label-hidden') && n.data('label'))
    if (shown.length === 0) throw new Error('no label is shown')
    return Math.min(...shown.map((n) => parseFloat(String(n.style('font-size'))) * cy.zoom()))
  })
}

afterAll(closeBrowser)

describe('facilitator mode', () => {
  const sessions: PageSession[] = []
  async function open(path: string) {
    const session = await openPage(path, { viewport: HD })
    sessions.push(session)
    return session
  }
  afterEach(async () => {
    for (const session of sessions.splice(0)) {
      expect(session.pageErrors).toEqual([])
      await session.close()
    }
  })

  it('P hides the header, case list, side panel and stepper, and keeps the legend', async () => {
    const session = await open(`./?case=${CASE}`)
    const { page } = session
    await waitForGraph(page)
    await expect
      .poll(() => page.getByRole('complementary', { name: 'Legenda' }).isVisible())
      .toBe(true)
    expect(await page.getByRole('banner').isVisible()).toBe(true)
    await page.keyboard.press('p')
    await expect.poll(() => caption(page).isVisible()).toBe(true)
    expect(await page.getByRole('banner').isVisible()).toBe(false)
    expect(await page.locator('.explorer__cases').isVisible()).toBe(false)
    expect(await page.locator('.explorer__side').isVisible()).toBe(false)
    expect(await page.getByRole('navigation', { name: 'Fasen' }).isVisible()).toBe(false)
    expect(await page.getByRole('complementary', { name: 'Legenda' }).isVisible()).toBe(true)
    expect(await caption(page).textContent()).toContain('Fase 1 van 4')
    // The network fills the width of the window below the caption.
    const box = await page.locator('.graph-canvas').boundingBox()
    expect(box?.width).toBe(HD.width)
    await session.screenshot('presentation-light')
    await page.keyboard.press('l')
    await expect
      .poll(() => page.getByRole('complementary', { name: 'Legenda' }).isVisible())
      .toBe(false)
    await page.keyboard.press('Escape')
    // Esc may first leave full screen (the browser takes that key); a second one leaves.
    if (await caption(page).isVisible()) await page.keyboard.press('Escape')
    await expect.poll(() => page.getByRole('banner').isVisible()).toBe(true)
  })

  it('build-up holds the actors’ size changes back until the relations have faded in', async () => {
    const session = await openPage(`./?case=${CASE}`, {
      viewport: HD,
      reducedMotion: 'no-preference',
    })
    sessions.push(session)
    const { page } = session
    await waitForGraph(page)
    const delays = () =>
      page.evaluate(() => {
        const cy = window.__wijknetwerk!.cy
        const of = (delays: string[]) => [...new Set(delays)]
        const delay = (e: { style: (name: string) => unknown }) =>
          String(e.style('transition-delay'))
        return { nodes: of(cy.nodes().map(delay)), edges: of(cy.edges().map(delay)) }
      })
    expect(await delays()).toEqual({ nodes: ['0ms'], edges: ['0ms'] })
    const buildUp = page.getByRole('checkbox', { name: /^Opbouw: eerst nieuwe relaties/ })
    await buildUp.check()
    await expect.poll(delays).toEqual({ nodes: ['450ms'], edges: ['0ms'] })
    await buildUp.uncheck()
    await expect.poll(delays).toEqual({ nodes: ['0ms'], edges: ['0ms'] })
  })

  it('keeps labels at least 24 px on screen at several zoom levels', async () => {
    const { page } = await open(`./?case=${CASE}`)
    await waitForGraph(page)
    await page.keyboard.press('p')
    await expect.poll(() => caption(page).isVisible()).toBe(true)
    for (const zoom of [0.4, 0.8, 1.5, 3]) {
      // Set inside the poll: the canvas refits once after it grew to the full window.
      await expect
        .poll(() =>
          page.evaluate((level) => {
            const cy = window.__wijknetwerk?.cy
            if (!cy) return 0
            if (Math.abs(cy.zoom() - level) > 0.001)
              cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } })
            return cy.zoom()
          }, zoom),
        )
        .toBeCloseTo(zoom)
      await expect.poll(() => smallestLabelPx(page)).toBeGreaterThanOrEqual(24)
      const rendered = await page.evaluate(() =>
        parseFloat(String(window.__wijknetwerk?.cy?.nodes()[0]?.renderedStyle('font-size'))),
      )
      expect(rendered).toBeGreaterThanOrEqual(24)
    }
    // Zoomed out, some labels would collide: the less influential ones give way.
    await page.evaluate(() => {
      // A block, not an expression: the setter returns the whole core, too big to send back.
      window.__wijknetwerk?.cy?.zoom(0.4)
    })
    await expect
      .poll(() => page.evaluate(() => window.__wijknetwerk?.cy?.nodes('.fm-label-hidden').length))
      .toBeGreaterThan(0)
  })

  it('steps a three-slide storyboard with PageDown; the URL and the caption follow', async () => {
    const session = await open(`./?story=${encodeStoryboard(STORY)}&slide=1`)
    const { page } = session
    await waitForGraph(page)
    await page.keyboard.press('p')
    await expect.poll(async () => caption(page).textContent()).toContain('Dia 1 van 3')
    expect(param(page, 'phase')).toBe(`${CASE}-1`)
    expect(param(page, 'slide')).toBe('1')

    await page.keyboard.press('PageDown')
    await expect.poll(async () => caption(page).textContent()).toContain('Dia 2 van 3')
    await expect.poll(() => param(page, 'slide')).toBe('2')
    expect(param(page, 'phase')).toBe(`${CASE}-2`)
    expect(await caption(page).textContent()).toContain('Uitgelicht: Gemeente Rotterdam')

    await page.keyboard.press('PageDown')
    await expect.poll(async () => caption(page).textContent()).toContain('Dia 3 van 3')
    await expect.poll(() => param(page, 'slide')).toBe('3')
    expect(param(page, 'phase')).toBe(`${CASE}-4`)
    expect(await caption(page).textContent()).toMatch(
      /Kortste pad|niet verbonden|doet in deze fase niet mee/,
    )
    await session.screenshot('presentation-storyboard-slide-3')

    await page.keyboard.press('PageUp')
    await expect.poll(() => param(page, 'slide')).toBe('2')
  })

  it('opens a presenter view that follows the main window, and steps it back', async () => {
    const { page, context } = await open(`./?story=${encodeStoryboard(STORY)}&slide=1`)
    await waitForGraph(page)
    await page.getByRole('button', { name: /^Draaiboek/ }).click()
    const [presenter] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Sprekersweergave openen' }).click(),
    ])
    const current = presenter.getByTestId('presenter-current')
    await expect.poll(() => current.textContent()).toBe('Dia 1: fase 1')
    expect(await presenter.getByText('Notitie bij dia 1').isVisible()).toBe(true)
    expect(await presenter.getByText('Dia 2: fase 2').isVisible()).toBe(true)

    await page.bringToFront()
    await page.keyboard.press('PageDown')
    await expect.poll(() => current.textContent()).toBe('Dia 2: fase 2')
    await expect.poll(() => presenter.getByText('Notitie bij dia 2').isVisible()).toBe(true)

    // Both ways: stepping in the presenter view steps the projected window.
    await presenter.getByRole('button', { name: /Volgende fase of dia/ }).click()
    await expect.poll(() => param(page, 'slide')).toBe('3')
    expect(param(page, 'phase')).toBe(`${CASE}-4`)
    await presenter.close()
  })

  it('restores a storyboard made in one browser from its share link in a fresh context', async () => {
    const maker = await open(`./?case=${CASE}`)
    const { page, context } = maker
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await waitForGraph(page)
    await page.getByRole('button', { name: /^Draaiboek/ }).click()
    const add = page.getByRole('button', { name: 'Huidige weergave toevoegen' })
    await add.click()
    await page
      .getByRole('button', { name: 'Fase 3: Wijknetwerk met GGZ en Huize Middelland' })
      .click()
    await add.click()
    await page.getByRole('textbox', { name: 'Titel van dia 2' }).fill('GGZ sluit aan')
    await page.getByRole('textbox', { name: 'Sprekersnotitie bij dia 2' }).fill('Wie mist er?')
    await page.getByRole('button', { name: 'Deellink kopiëren' }).click()
    const link = await page.getByRole('textbox', { name: 'Deellink' }).inputValue()
    expect(link).toContain('story=')
    await maker.screenshot('storyboard-editor')

    const fresh = await open(new URL(link).search.replace(/^/, './'))
    await waitForGraph(fresh.page)
    await fresh.page.keyboard.press('p')
    await expect.poll(() => caption(fresh.page).textContent()).toContain('Dia 1 van 2')
    await fresh.page.keyboard.press('PageDown')
    await expect.poll(() => caption(fresh.page).textContent()).toContain('GGZ sluit aan')
    expect(param(fresh.page, 'phase')).toBe(`${CASE}-3`)
    // It is kept in the new browser too.
    const stored = await fresh.page.evaluate(() => localStorage.getItem('wijknetwerk-storyboard'))
    expect(stored).toContain('Wie mist er?')
  })

  it('says so when a storyboard link is damaged, and keeps the app running', async () => {
    const param = encodeStoryboard(STORY)
    const { page } = await open(`./?case=${CASE}&story=${param.slice(0, param.length - 12)}`)
    await waitForGraph(page)
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: 'beschadigd' }).isVisible())
      .toBe(true)
  })
})
