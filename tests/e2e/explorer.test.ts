/**
 * The explorer on a small dataset served in place of the bundled one (see the builders):
 * one case, three phases; `corporatie` joins in phase 2 together with its relation.
 */
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Dataset } from '../../src/domain/schema.ts'
import { makeDataset } from '../unit/domain/builders.ts'
import { closeBrowser, DESKTOP, openPage, type PageSession } from './browser.ts'

interface GraphState {
  nodes: { id: string; absent: boolean; x: number; y: number }[]
  edges: string[]
}

/** What Cytoscape holds right now, read through the hook the app exposes for tests. */
function graphState(page: Page): Promise<GraphState> {
  return page.evaluate(() => {
    const cy = window.__wijknetwerk?.cy
    if (!cy) throw new Error('window.__wijknetwerk.cy is not set')
    return {
      nodes: cy.nodes().map((node) => ({
        id: node.id(),
        absent: node.hasClass('absent'),
        x: Math.round(node.position('x')),
        y: Math.round(node.position('y')),
      })),
      edges: cy
        .edges()
        .map((edge) => edge.id())
        .sort(),
    }
  })
}

async function waitForGraph(page: Page, nodes: number) {
  await page.waitForFunction((n) => window.__wijknetwerk?.cy?.nodes().length === n, nodes)
}

/** Waits until no node moves any more: layout, fit and transitions are done. */
async function waitUntilStill(page: Page) {
  let previous = ''
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(
          await page.evaluate(() =>
            window.__wijknetwerk?.cy?.nodes().map((node) => node.renderedPosition()),
          ),
        )
        const still = now === previous
        previous = now
        return still
      },
      { interval: 150, timeout: 10_000 },
    )
    .toBe(true)
}

/** Clicks a node where it is drawn on the canvas. */
async function clickNode(page: Page, nodeId: string) {
  const point = await page.evaluate((id) => {
    const cy = window.__wijknetwerk?.cy
    const node = cy?.getElementById(id)
    const box = cy?.container()?.getBoundingClientRect()
    if (!cy || !node || node.empty() || !box) throw new Error(`node ${id} is not drawn`)
    const at = node.renderedPosition()
    return { x: box.left + at.x, y: box.top + at.y }
  }, nodeId)
  await page.mouse.click(point.x, point.y)
}

const currentPhase = (page: Page) =>
  page.getByRole('navigation', { name: 'Fasen' }).locator('[aria-current="step"]')

afterAll(closeBrowser)

describe('the explorer', () => {
  let session: PageSession
  beforeEach(async () => {
    session = await openPage('./', { viewport: DESKTOP, dataset: makeDataset() })
  })
  afterEach(async () => {
    await session.close()
  })

  it('draws a case after it is picked, with only the actors and relations of phase 1', async () => {
    const { page } = session
    await page.getByRole('button', { name: 'Een buurthuis' }).click()
    await waitForGraph(page, 3)
    await expect.poll(() => currentPhase(page).textContent()).toContain('Start')
    const state = await graphState(page)
    expect(state.nodes.filter((n) => !n.absent).map((n) => n.id)).toEqual([
      'actor:bewoners',
      'actor:gemeente',
    ])
    expect(state.edges).toEqual(['rel:r-bewoners-gemeente'])
    expect(page.url()).toContain('case=casus-1')
    await session.screenshot('explorer-phase-1')
    expect(session.pageErrors).toEqual([])
    expect(session.consoleErrors).toEqual([])
  })

  it('steps through the phases with → and ← without moving any actor', async () => {
    const { page } = session
    await page.getByRole('button', { name: 'Een buurthuis' }).click()
    await waitForGraph(page, 3)
    const before = await graphState(page)

    await page.keyboard.press('ArrowRight')
    await expect.poll(() => currentPhase(page).textContent()).toContain('Groei')
    await expect
      .poll(async () => (await graphState(page)).edges)
      .toEqual(['rel:r-bewoners-gemeente', 'rel:r-gemeente-corporatie'])
    const after = await graphState(page)
    expect(after.nodes.every((n) => !n.absent)).toBe(true)
    // Phases change classes and data, never positions: the eye can follow each actor.
    expect(after.nodes.map(({ id, x, y }) => ({ id, x, y }))).toEqual(
      before.nodes.map(({ id, x, y }) => ({ id, x, y })),
    )
    await session.screenshot('explorer-phase-2')

    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => currentPhase(page).textContent()).toContain('Start')
    await expect
      .poll(async () => (await graphState(page)).edges)
      .toEqual(['rel:r-bewoners-gemeente'])
    expect(session.pageErrors).toEqual([])
    expect(session.consoleErrors).toEqual([])
  })

  it('shows an actor in the side panel when its node is clicked', async () => {
    const { page } = session
    await page.getByRole('button', { name: 'Een buurthuis' }).click()
    await waitForGraph(page, 3)
    await waitUntilStill(page)
    await clickNode(page, 'actor:gemeente')
    await expect
      .poll(() => page.getByRole('tab', { name: /Gemeente/ }).getAttribute('aria-selected'))
      .toBe('true')
    expect(page.url()).toContain('actor=gemeente')
    await session.screenshot('explorer-actor')
    expect(session.pageErrors).toEqual([])
    expect(session.consoleErrors).toEqual([])
  })
})

describe('the bundled cases', () => {
  it('each open and draw every phase without errors', async () => {
    const file = new URL('../../data/dataset.json', import.meta.url)
    const dataset = JSON.parse(readFileSync(file, 'utf8')) as Dataset
    const session = await openPage('./', { viewport: DESKTOP })
    try {
      const { page } = session
      for (const kase of dataset.cases) {
        // Once a case is open the list folds into the header's case picker on this screen.
        const picker = page.getByRole('combobox', { name: 'Kies een casus' })
        if (await picker.isVisible()) await picker.selectOption(kase.id)
        else await page.getByRole('button', { name: kase.title, exact: true }).click()
        await waitForGraph(page, kase.participants.length)
        const phases = [...kase.phases].sort((a, b) => a.order - b.order)
        for (const [index, phase] of phases.entries()) {
          if (index > 0) await page.keyboard.press('ArrowRight')
          await expect
            .poll(() => currentPhase(page).textContent(), { message: `${kase.id}: ${phase.id}` })
            .toContain(phase.label)
          const present = new Set(
            kase.participants
              .filter((p) => p.positions.some((pos) => pos.phase === phase.id))
              .map((p) => `actor:${p.actor}`),
          )
          await expect
            .poll(
              async () =>
                (await graphState(page)).nodes
                  .filter((n) => !n.absent)
                  .map((n) => n.id)
                  .sort(),
              { message: `actors drawn in ${kase.id}: ${phase.id}` },
            )
            .toEqual([...present].sort())
        }
        await session.screenshot(`case-${kase.id}`)
      }
      expect(session.pageErrors).toEqual([])
      expect(session.consoleErrors).toEqual([])
    } finally {
      await session.close()
    }
  })
})
