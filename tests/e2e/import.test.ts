import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { closeBrowser, openPage } from './browser.ts'

const FIXTURES = fileURLToPath(new URL('../fixtures/import/', import.meta.url))
const read = (name: string) => readFileSync(`${FIXTURES}${name}`, 'utf8')

describe('bringing your own network in Chromium', () => {
  afterAll(closeBrowser)

  it('drops a CSV pair with errors onto the window, shows the report, imports the valid part and draws it', async () => {
    const session = await openPage('./')
    const { page } = session
    try {
      await page.getByRole('button', { name: 'Importeren' }).waitFor()
      const files = {
        actors: read('csv-with-errors/actors.csv'),
        relations: read('csv-with-errors/relations.csv'),
      }
      const transfer = await page.evaluateHandle(({ actors, relations }) => {
        const data = new DataTransfer()
        data.items.add(new File([actors], 'actors.csv', { type: 'text/csv' }))
        data.items.add(new File([relations], 'relations.csv', { type: 'text/csv' }))
        return data
      }, files)
      await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer })
      await page.getByText('Laat los om te importeren').waitFor()
      await session.screenshot('import-drop-overlay')
      await page.dispatchEvent('body', 'drop', { dataTransfer: transfer })

      const dialog = page.getByRole('dialog', { name: 'Eigen netwerk importeren' })
      await dialog.getByRole('heading', { name: 'Kolommen koppelen' }).waitFor()
      await session.screenshot('import-mapping', { fullPage: true })
      await dialog.getByRole('button', { name: 'Controleren' }).click()
      await dialog.getByText('Klaar om te importeren: 3 actoren, 3 relaties, 1 fasen.').waitFor()
      const unknown = dialog.getByRole('region', { name: 'Onbekende verwijzing' })
      expect(await unknown.getByRole('cell', { name: 'spook', exact: true }).isVisible()).toBe(true)
      expect(
        await dialog
          .getByRole('region', { name: 'Dubbele id' })
          .getByRole('cell', { name: 'regel 6', exact: true })
          .isVisible(),
      ).toBe(true)
      // Markup in a label is shown as text.
      expect(await page.locator('dialog script').count()).toBe(0)
      await session.screenshot('import-report', { fullPage: true })

      await dialog.getByRole('button', { name: 'Geldige deel importeren' }).click()
      await page.waitForFunction(
        () => {
          const cy = (
            window as unknown as { __wijknetwerk?: { cy?: { nodes: () => { length: number } } } }
          ).__wijknetwerk?.cy
          return cy !== undefined && cy.nodes().length >= 3
        },
        undefined,
        { timeout: 20_000 },
      )
      const labels = await page.evaluate(() => {
        const cy = (
          window as unknown as {
            __wijknetwerk: {
              cy: {
                nodes: () => {
                  map: (f: (n: { data: (k: string) => unknown }) => unknown) => unknown[]
                }
              }
            }
          }
        ).__wijknetwerk.cy
        return cy.nodes().map((n) => n.data('label'))
      })
      expect(labels).toEqual(
        expect.arrayContaining(['Bewoners', 'Gemeente', '<script>alert(1)</script>']),
      )
      await session.screenshot('import-imported')
      expect(session.pageErrors).toEqual([])
    } finally {
      await session.close()
    }
  })

  it('loads a same-origin GEXF named by ?data= and refuses another origin', async () => {
    const session = await openPage('./?data=eigen/netwerk.gexf')
    const { page } = session
    try {
      await page.route('**/eigen/netwerk.gexf', (route) =>
        route.fulfill({
          status: 200,
          contentType: 'application/xml',
          body: read('networkx-dynamic.gexf'),
        }),
      )
      await page.reload()
      // The imported case is offered in the case picker.
      await page
        .locator('option', { hasText: 'Buurttuin' })
        .first()
        .waitFor({ state: 'attached', timeout: 20_000 })
      expect(session.pageErrors).toEqual([])
    } finally {
      await session.close()
    }
    const other = await openPage('./?data=https://example.org/netwerk.gexf')
    try {
      // The refusal names the address; nothing is fetched from it.
      await other.page
        .getByText('https://example.org/netwerk.gexf', { exact: false })
        .first()
        .waitFor({ timeout: 20_000 })
    } finally {
      await other.close()
    }
  })
})
