/**
 * Editing in the browser, on the small builder dataset served in place of the bundled one:
 * make a copy of a case, draw a relation by dragging from one actor to another, find it after
 * a reload (IndexedDB), undo it, and open the workspace in a second tab.
 */
import type { Page } from 'playwright-core'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { makeDataset } from '../unit/domain/builders.ts'
import { closeBrowser, openPage, type PageSession } from './browser.ts'

const edgeIds = (page: Page) =>
  page.evaluate(() => {
    const cy = window.__wijknetwerk?.cy
    if (!cy) throw new Error('window.__wijknetwerk.cy is not set')
    return cy
      .edges()
      .filter((edge) => !edge.hasClass('eh-preview') && !edge.hasClass('eh-ghost-edge'))
      .map((edge) => String(edge.data('relationId')))
      .sort()
  })

/** Waits a few frames: a change of the toolbar resizes the graph, which is then fitted again. */
const settle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let frames = 4
        const tick = () => (--frames <= 0 ? resolve() : requestAnimationFrame(tick))
        requestAnimationFrame(tick)
      }),
  )

/** Drags with the mouse from the centre of one node to the centre of another. */
async function dragBetween(page: Page, from: string, to: string) {
  await settle(page)
  const box = await page.locator('.graph-canvas__cy').boundingBox()
  if (!box) throw new Error('no graph on the page')
  const at = (id: string) =>
    page.evaluate((nodeId) => {
      const node = window.__wijknetwerk?.cy.getElementById(nodeId)
      if (!node || node.empty()) throw new Error(`no node ${nodeId}`)
      return node.renderedPosition()
    }, id)
  const a = await at(from)
  const b = await at(to)
  await page.mouse.move(box.x + a.x, box.y + a.y)
  await page.mouse.down()
  await page.mouse.move(box.x + (a.x + b.x) / 2, box.y + (a.y + b.y) / 2, { steps: 6 })
  await page.mouse.move(box.x + b.x, box.y + b.y, { steps: 6 })
  await page.mouse.up()
}

let session: PageSession | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})
afterAll(closeBrowser)

describe('editing a copy of a case', () => {
  it('copies, draws a relation by dragging, keeps it over a reload, undoes it, warns a second tab', async () => {
    session = await openPage('./?case=casus-1&phase=fase-1', { dataset: makeDataset() })
    const { page } = session
    await page.waitForFunction(() => window.__wijknetwerk?.cy?.nodes().length === 3)

    // The bundled case is read-only: no edit controls, only "Maak een kopie".
    expect(await page.getByRole('toolbar', { name: 'Bewerken' }).count()).toBe(0)
    await page.getByRole('button', { name: 'Maak een kopie' }).click()
    await page.waitForFunction(() => new URLSearchParams(location.search).has('ws'))
    await page.getByRole('toolbar', { name: 'Bewerken' }).waitFor()
    expect(await page.getByRole('button', { name: 'Bewerken' }).getAttribute('aria-pressed')).toBe(
      'true',
    )

    // In phase 1 only bewoners–gemeente is linked; corporatie joins in phase 2.
    expect(await edgeIds(page)).toEqual(['r-bewoners-gemeente'])
    await page.getByRole('button', { name: /Groei/ }).first().click()
    await page.waitForFunction(() => window.__wijknetwerk?.cy.edges().length === 2)
    await dragBetween(page, 'actor:bewoners', 'actor:corporatie')
    await page.waitForFunction(() =>
      window.__wijknetwerk?.cy.edges().some((e) => e.data('relationId') === 'bewoners-corporatie'),
    )
    const drawn = await edgeIds(page)
    expect(drawn).toEqual(['bewoners-corporatie', 'r-bewoners-gemeente', 'r-gemeente-corporatie'])

    // Saved within a second: a reload finds the relation in IndexedDB.
    await page.waitForTimeout(900)
    const url = page.url()
    await page.reload()
    await page.waitForFunction(() => window.__wijknetwerk?.cy?.edges().length === 3)
    expect(await edgeIds(page)).toEqual(drawn)
    expect(new URL(page.url()).searchParams.get('ws')).toBe(new URL(url).searchParams.get('ws'))

    // Undo (history starts afresh after a reload, so draw once more, then undo by keyboard).
    await page.getByRole('button', { name: 'Bewerken', exact: true }).click()
    await dragBetween(page, 'actor:corporatie', 'actor:bewoners')
    await page.waitForFunction(() =>
      window.__wijknetwerk?.cy.edges().some((e) => e.data('relationId') === 'corporatie-bewoners'),
    )
    await page.locator('body').click({ position: { x: 5, y: 5 } })
    await page.keyboard.press('Control+z')
    await page.waitForFunction(() => window.__wijknetwerk?.cy.edges().length === 3)
    expect(await edgeIds(page)).toEqual(drawn)
    await page.keyboard.press('Control+Shift+z')
    await page.waitForFunction(() => window.__wijknetwerk?.cy.edges().length === 4)
    await page.getByRole('button', { name: 'Ongedaan maken' }).click()
    await page.waitForFunction(() => window.__wijknetwerk?.cy.edges().length === 3)
    await page.getByRole('button', { name: 'Opnieuw' }).click()
    await page.waitForFunction(() => window.__wijknetwerk?.cy.edges().length === 4)

    // A second tab of the same browser on the same workspace is told, and offered a choice.
    const second = await session.context.newPage()
    await second.goto(page.url())
    const dialog = second.getByRole('alertdialog', { name: /al open in een ander tabblad/ })
    await dialog.waitFor()
    expect(await dialog.getByRole('button', { name: 'Alleen lezen' }).count()).toBe(1)
    expect(await dialog.getByRole('button', { name: 'Hier verder werken' }).count()).toBe(1)
    expect(await second.getByRole('toolbar', { name: 'Bewerken' }).count()).toBe(0)
    await session.screenshot('editing-second-tab')

    // Taking over turns the first tab read-only.
    await dialog.getByRole('button', { name: 'Hier verder werken' }).click()
    await second.getByRole('toolbar', { name: 'Bewerken' }).waitFor()
    await page.getByRole('alertdialog', { name: /Een ander tabblad bewerkt/ }).waitFor()
    expect(session.pageErrors).toEqual([])
  })
})
