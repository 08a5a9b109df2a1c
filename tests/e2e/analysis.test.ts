/**
 * Power and shift analysis in Chromium: the diff view draws what changed since the previous
 * phase on the canvas, and the cross-case screen shows every case as a small multiple.
 */
import type { Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { makeNetworkDataset, SHIFT_CASE } from '../unit/metrics/builders.ts'
import { closeBrowser, DESKTOP, openPage } from './browser.ts'

afterAll(closeBrowser)

interface DrawnEdge {
  classes: string
  lineStyle: string
  opacity: number
}

/** How Cytoscape draws an edge and what a node shows, read through the test hook. */
function drawn(page: Page, edgeId: string, nodeId: string) {
  return page.evaluate(
    ([e, n]) => {
      const cy = window.__wijknetwerk?.cy
      const edge = cy?.getElementById(e)
      const node = cy?.getElementById(n)
      if (!cy || !edge || edge.empty() || !node) return null
      return {
        edge: {
          classes: edge.classes().join(' '),
          lineStyle: String(edge.style('line-style')),
          opacity: Number(edge.style('opacity')),
        } satisfies DrawnEdge,
        badge: String(node.data('badge') ?? ''),
        label: String(node.data('label') ?? ''),
      }
    },
    [edgeId, nodeId] as const,
  )
}

describe('the diff view', () => {
  it('draws ended relations dashed and faded and puts rise and fall badges on actors', async () => {
    const session = await openPage('./?case=casus&phase=p2', {
      viewport: DESKTOP,
      dataset: makeNetworkDataset(SHIFT_CASE),
    })
    try {
      const { page } = session
      await page.waitForFunction(() => (window.__wijknetwerk?.cy?.nodes().length ?? 0) === 5)
      // Without the diff, the relation that ended after phase 1 is not drawn.
      expect(await drawn(page, 'rel:advies-ondern', 'actor:bew')).toBeNull()

      const toggle = page.getByRole('button', { name: 'Verschil met vorige fase' })
      await toggle.click()
      await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true')
      await expect.poll(() => drawn(page, 'rel:advies-ondern', 'actor:bew')).not.toBeNull()
      const state = await drawn(page, 'rel:advies-ondern', 'actor:bew')
      expect(state?.edge.classes).toContain('diff-ended')
      expect(state?.edge.lineStyle).toBe('dashed')
      expect(state?.edge.opacity).toBeLessThan(0.6)
      expect(state?.badge).toBe('▲ +4')
      expect(state?.label.split('\n')).toEqual([
        'Bewonersgroep',
        '▲ +4',
        '+initiatiefnemer +trekker −deelnemer',
      ])
      const gone = await drawn(page, 'rel:advies-ondern', 'actor:ondern')
      expect(gone?.badge).toBe('✕ weg')
      await expect
        .poll(() =>
          page
            .getByRole('region', { name: 'Verschil met vorige fase' })
            .getByRole('listitem')
            .count(),
        )
        .toBeGreaterThan(5)
      expect(new URL(page.url()).searchParams.get('diff')).toBe('1')
      await session.screenshot('analysis-diff')

      // The first phase has nothing to compare with: the control says so, and no diff is drawn.
      await page
        .getByRole('navigation', { name: 'Fasen' })
        .getByRole('button', { name: /Vorige fase/ })
        .click()
      await expect.poll(() => toggle.isDisabled()).toBe(true)
      await expect
        .poll(() => drawn(page, 'rel:advies-ondern', 'actor:bew').then((s) => s?.edge.classes))
        .toBe('directed')
      expect(session.pageErrors).toEqual([])
      expect(session.consoleErrors).toEqual([])
    } finally {
      await session.close()
    }
  })
})

describe('the cross-case screen', () => {
  it('shows the ten cases as small multiples and opens one in the explorer', async () => {
    // Offline support is tested on its own; here the worker would only add a moving part.
    const session = await openPage('./?screen=cross-case', {
      viewport: DESKTOP,
      serviceWorkers: 'block',
    })
    try {
      const { page } = session
      const multiples = page.getByRole('img', {
        name: /^Aandeel invloed per partijtype, per fase: /,
      })
      await expect.poll(() => multiples.count(), { timeout: 10_000 }).toBe(10)
      for (const chart of await multiples.all()) expect(await chart.isVisible()).toBe(true)
      await expect
        .poll(() => page.getByRole('img', { name: 'Laatste fasen' }).isVisible())
        .toBe(true)
      await session.screenshot('analysis-cross-case', { fullPage: true })

      await page.getByRole('button', { name: 'De Voedseltuin openen in de verkenner' }).click()
      await expect.poll(() => new URL(page.url()).searchParams.get('case')).toBe('voedseltuin')
      await page.waitForFunction(() => (window.__wijknetwerk?.cy?.nodes().length ?? 0) > 0)
      expect(session.pageErrors).toEqual([])
      expect(session.consoleErrors).toEqual([])
    } finally {
      await session.close()
    }
  })
})
