import type { Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { axeViolations } from './axe.ts'
import { closeBrowser, openPage } from './browser.ts'

const CASE = './?case=voedseltuin&phase=voedseltuin-2'

/** Opens `path`, waits until `ready` is visible, lets the page settle, and runs axe-core. */
async function check(
  name: string,
  path: string,
  ready: (page: Page) => Promise<unknown>,
  act?: (page: Page) => Promise<unknown>,
) {
  const session = await openPage(path)
  try {
    await ready(session.page)
    if (act) await act(session.page)
    await session.page.waitForLoadState('networkidle')
    await session.screenshot(`a11y-${name}`)
    expect(await axeViolations(session.page), `axe-core on ${name}`).toEqual([])
    expect(session.pageErrors).toEqual([])
  } finally {
    await session.close()
  }
}

const heading = (name: string | RegExp) => (page: Page) =>
  page.getByRole('heading', { name }).first().waitFor({ timeout: 15_000 })
const graph = (page: Page) =>
  page.getByRole('img', { name: /^Netwerk van De Voedseltuin/ }).waitFor({ timeout: 15_000 })

describe('zero axe-core violations (WCAG 2.1 AA) on every screen', () => {
  afterAll(closeBrowser)

  it('the explorer without a case', () => check('welcome', './', heading('Welkom bij Wijknetwerk')))

  it('the explorer with a case open', () => check('explore', CASE, graph))

  it('the actor details', () =>
    check('actor', `${CASE}&actor=gemeente-rotterdam`, heading('Gemeente Rotterdam')))

  it('the table view and the open filters', () =>
    check('table', CASE, graph, async (page) => {
      await page.getByRole('button', { name: /^Filters/ }).click()
      await page.getByRole('button', { name: 'Tabelweergave tonen' }).click()
      await page.getByRole('table', { name: /Actoren in Fase 2/ }).waitFor()
    }))

  it('the search suggestions', () =>
    check('search', CASE, graph, async (page) => {
      await page.getByRole('combobox', { name: 'Zoeken' }).fill('gemeente')
      await page.getByRole('listbox', { name: 'Zoeken' }).waitFor()
    }))

  it('the compare screen', () =>
    check('compare', './?screen=compare', heading('Twee netwerken naast elkaar')))

  it('the across-the-cases screen', () =>
    check('across', './?screen=across', heading('Eén partij door de casussen')))

  it('the glossary', () => check('glossary', './?screen=glossary', heading('Begrippen')))

  it('the cross-case screen', () =>
    check('cross-case', './?screen=cross-case', (page) =>
      page.getByRole('navigation', { name: 'Weergaven' }).waitFor({ timeout: 15_000 }),
    ))

  it('the explorer in English', () =>
    check('explore-en', `${CASE}&lang=en`, (page) =>
      page.getByRole('img', { name: /^Network of The Food Garden/ }).waitFor({ timeout: 15_000 }),
    ))

  it('the explorer in the projector’s dark theme', () =>
    check('explore-dark', CASE, graph, async (page) => {
      await page.getByRole('radio', { name: /^(Donker|Dark)$/ }).check()
    }))
})
