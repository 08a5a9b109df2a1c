/**
 * A network of 1,000 actors loaded through `?data=`: drawn by the large-network view with a
 * notice and layout progress, and a click on an actor opens its details as in the normal view.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { generateSyntheticNetwork } from '../../src/domain/synthetic.ts'
import { closeBrowser, openPage } from './browser.ts'

afterAll(closeBrowser)

const { dataset } = generateSyntheticNetwork({ nodes: 1000, edgesPerNode: 2, seed: 5 })

describe('large networks', () => {
  it('draws 1,000 actors with the large-network view, lays them out and opens an actor on click', async () => {
    const session = await openPage('./?lang=nl')
    const { page } = session
    try {
      await page.route('**/netwerken/groot.json', (route) =>
        route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify(dataset),
        }),
      )
      await page.goto(new URL('./?data=netwerken/groot.json&case=synthetic', page.url()).href)
      await expect.poll(() => page.getByText(/Groot netwerk \(1\.000 partijen\)/).count()).toBe(1)
      await page.getByText('Netwerk geschikt').waitFor({ timeout: 30_000 })
      await session.screenshot('large-network-1000')

      // The actor farthest from any other on screen, so the click cannot hit a neighbour.
      const target = await page.evaluate(() => {
        const sigma = window.__wijknetwerkLarge!.sigma
        const box = sigma.getContainer().getBoundingClientRect()
        const points = sigma
          .getGraph()
          .nodes()
          .map((id) => ({ id, ...sigma.framedGraphToViewport(sigma.getNodeDisplayData(id)!) }))
          .filter((p) => p.x > 20 && p.y > 20 && p.x < box.width - 20 && p.y < box.height - 20)
        let best = { id: '', x: 0, y: 0, gap: -1 }
        for (const p of points) {
          let gap = Infinity
          for (const q of points) if (q !== p) gap = Math.min(gap, Math.hypot(p.x - q.x, p.y - q.y))
          if (gap > best.gap) best = { ...p, gap }
        }
        return { id: best.id, x: box.left + best.x, y: box.top + best.y }
      })
      await page.mouse.click(target.x, target.y)
      await expect.poll(() => new URL(page.url()).searchParams.get('actor')).toBe(target.id)
      const label = `Partij ${target.id.slice('s-'.length)}`
      await expect
        .poll(() => page.getByRole('heading', { name: label, exact: true }).count())
        .toBeGreaterThan(0)
      expect(session.pageErrors).toEqual([])
    } finally {
      await session.close()
    }
  })

  it('draws the relations of a network too big to redraw during the layout once it has settled', async () => {
    const big = generateSyntheticNetwork({ nodes: 2000, edgesPerNode: 5, seed: 9 }).dataset
    const relations = big.cases[0]!.relations.length
    const session = await openPage('./?lang=nl')
    const { page } = session
    try {
      await page.route('**/netwerken/wijk.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(big) }),
      )
      await page.goto(new URL('./?data=netwerken/wijk.json&case=synthetic', page.url()).href)
      const drawnRelations = () =>
        page.evaluate(() => window.__wijknetwerkLarge?.sigma.getGraph().size ?? -1)
      // While the layout runs: actors only, and the page says when relations come.
      await page.getByText('De relaties verschijnen zodra het netwerk geschikt is.').waitFor()
      await expect.poll(drawnRelations).toBe(0)
      await page.getByText('Netwerk geschikt', { exact: true }).waitFor({ timeout: 60_000 })
      await expect.poll(drawnRelations, { timeout: 10_000 }).toBe(relations)
      expect(await page.getByText('De relaties verschijnen').count()).toBe(0)
      expect(session.pageErrors).toEqual([])
    } finally {
      await session.close()
    }
  })

  it('refuses a ?data= address of another website and says why', async () => {
    const session = await openPage('./?data=https://evil.example.com/netwerk.json')
    try {
      await session.page.getByRole('heading', { name: 'Dit adres wordt niet geladen' }).waitFor()
      await expect
        .poll(() => session.page.getByText(/wijst naar een andere website/).count())
        .toBe(1)
    } finally {
      await session.close()
    }
  })
})
