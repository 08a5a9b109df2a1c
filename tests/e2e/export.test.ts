/**
 * Exports through the export dialog, on the bundled dataset: every file is downloaded the way
 * a user gets it and inspected here (PNG pixels and metadata, SVG markup, ZIP contents).
 */
import { readFileSync } from 'node:fs'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { unzipSync } from 'fflate'
import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildCaseGraph, phaseGraph } from '../../src/domain/caseGraph.ts'
import type { Dataset } from '../../src/domain/schema.ts'
import { parseDataset } from '../../src/domain/validate.ts'
import { PARTY_STYLE, RELATION_STYLE } from '../../src/graph/encoding.ts'
import { closeBrowser, openPage, type PageSession } from './browser.ts'
import { decodePng, distinctColours, hasColour } from './png.ts'

const dataset = JSON.parse(readFileSync('data/dataset.json', 'utf8')) as Dataset
const kase = dataset.cases.find((c) => c.id === 'jan-eef') as Dataset['cases'][number]
const graph = buildCaseGraph(dataset, kase)

let session: PageSession
let page: Page

async function download(name: string): Promise<{ fileName: string; bytes: Uint8Array }> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 55_000 }),
    page.getByRole('button', { name, exact: true }).click(),
  ])
  const path = await file.path()
  return { fileName: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) }
}

function viewport() {
  return page.evaluate(() => {
    const cy = window.__wijknetwerk?.cy
    return {
      zoom: cy?.zoom(),
      pan: cy?.pan(),
      containers: document.querySelectorAll('.__________cytoscape_container').length,
    }
  })
}

beforeEach(async () => {
  session = await openPage('./?case=jan-eef&phase=jan-eef-2')
  page = session.page
  await page.waitForFunction(() => (window.__wijknetwerk?.cy?.nodes().length ?? 0) > 0, null, {
    timeout: 50_000,
  })
  await page.keyboard.press('e')
  await page.getByRole('dialog', { name: 'Exporteren' }).waitFor()
})

afterEach(async () => {
  expect(session.pageErrors).toEqual([])
  await session.close()
})

afterAll(closeBrowser)

describe('figure export', () => {
  it('opens with E and saves a 1920×1080 PNG with title, graph, legend colours and metadata', async () => {
    const before = await viewport()
    const { fileName, bytes } = await download('PNG exporteren')
    expect(fileName).toBe('jan-eef-2.png')
    const png = decodePng(bytes)
    expect([png.width, png.height]).toEqual([1920, 1080])
    expect(distinctColours(png)).toBeGreaterThan(20)
    const parties = new Set(graph.actors.map((a) => a.actor.partyType))
    for (const type of parties) expect(hasColour(png, PARTY_STYLE[type].colour), type).toBe(true)
    const relations = new Set(phaseGraph(graph, 'jan-eef-2')?.relations.map((r) => r.type))
    expect(relations.size).toBeGreaterThan(0)
    for (const type of relations)
      expect(hasColour(png, RELATION_STYLE[type].colour), type).toBe(true)
    expect(png.text.Title).toContain('Jan Eef')
    expect(png.text.Software).toBe('Wijknetwerk')
    expect(png.text.Source).toContain('Plekken van hoop en verandering')
    expect(png.text['Creation Time']).toBeTruthy()
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'jan-eef-2.png' }).count())
      .toBe(1)
    // The user's view is untouched and the offscreen drawing cores are gone (the dialog's
    // preview may still be finishing one when the download arrives).
    await expect.poll(viewport).toEqual(before)
  })

  it('saves the same composition as SVG, with the edited title as text', async () => {
    await page.getByLabel('Titel', { exact: true }).fill('Wie heeft de macht? <Fase 2>')
    await page.getByRole('radio', { name: 'SVG' }).check()
    const { fileName, bytes } = await download('SVG exporteren')
    expect(fileName).toBe('jan-eef-2.svg')
    const text = new TextDecoder().decode(bytes)
    expect(XMLValidator.validate(text)).toBe(true)
    const svg = new XMLParser({ ignoreAttributes: false }).parse(text).svg
    expect(svg['@_width']).toBe('1920')
    expect(text).toContain('Wie heeft de macht? &#60;Fase 2&#62;</text>')
    expect(text).toContain('>Burgers</text>')
    expect(text).toMatch(/<g id="graph"><svg [^>]*viewBox=/)
  })

  it('reduces a request past the canvas limits to a valid image and says so', async () => {
    await page.getByRole('radio', { name: 'Eigen formaat' }).check()
    await page.getByLabel('Breedte (px)').fill('40000')
    await page.getByLabel('Hoogte (px)').fill('40000')
    await expect
      .poll(() => page.getByText('40000×40000 is groter dan de browser kan tekenen').count())
      .toBe(1)
    const { bytes } = await download('PNG exporteren')
    const png = decodePng(bytes)
    expect(png.width).toBeLessThan(40000)
    expect(png.width).toBe(png.height)
    expect(png.width * png.height).toBeLessThanOrEqual(8192 * 8192)
    expect(distinctColours(png, 997)).toBeGreaterThan(5)
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'verkleind tot 8192×8192' }).count())
      .toBe(1)
  })

  it('draws a size one canvas cannot hold in tiles, at the full requested size', async () => {
    await page.getByRole('radio', { name: 'Eigen formaat' }).check()
    await page.getByLabel('Breedte (px)').fill('20000')
    await page.getByLabel('Hoogte (px)').fill('1200')
    const { bytes } = await download('PNG exporteren')
    const png = decodePng(bytes)
    expect([png.width, png.height]).toEqual([20000, 1200])
    expect(hasColour(png, PARTY_STYLE.burgers.colour)).toBe(true)
    expect(png.text.Software).toBe('Wijknetwerk')
  })
})

describe('batches', () => {
  it('saves a filmstrip of all phases with one shared legend', async () => {
    const { fileName, bytes } = await download('Filmstrip van alle fasen (PNG)')
    expect(fileName).toBe('jan-eef-filmstrip.png')
    const png = decodePng(bytes)
    expect(png.height).toBe(1080)
    expect(png.width).toBe(Math.round(graph.phases.length * 1080 * 0.9))
    expect(hasColour(png, PARTY_STYLE.markt.colour)).toBe(true)
  })

  it('saves one PNG per phase in a ZIP', async () => {
    const { fileName, bytes } = await download('Alle fasen van deze casus (ZIP)')
    expect(fileName).toBe('jan-eef-phases.zip')
    const files = unzipSync(bytes)
    expect(Object.keys(files).sort()).toEqual(graph.phases.map((p) => `jan-eef-${p.order}.png`))
    for (const file of Object.values(files)) {
      const png = decodePng(file)
      expect([png.width, png.height]).toEqual([1920, 1080])
    }
  })

  it('saves one PNG per case in a ZIP', async () => {
    const { bytes } = await download('Alle casussen (ZIP)')
    const names = Object.keys(unzipSync(bytes))
    expect(names).toHaveLength(dataset.cases.length)
    expect(names).toContain('jan-eef-2.png')
    for (const other of dataset.cases.filter((c) => c.id !== 'jan-eef'))
      expect(names).toContain(`${other.id}-1.png`)
  })
})

describe('data export', () => {
  it('saves the shown network as actors.csv and relations.csv', async () => {
    const { bytes } = await download('Getoond netwerk (CSV, ZIP)')
    const files = unzipSync(bytes)
    const actors = new TextDecoder().decode(files['actors.csv'])
    const relations = new TextDecoder().decode(files['relations.csv'])
    expect(actors.replace('\ufeff', '').split('\r\n')[0]).toMatch(/^ID,Label,/)
    expect(relations.replace('\ufeff', '').split('\r\n')[0]).toMatch(/^ID,From,To,Type,/)
    const phase = phaseGraph(graph, 'jan-eef-2')
    expect(actors.trim().split('\r\n')).toHaveLength((phase?.actors.length ?? 0) + 1)
  })

  it('saves the case as JSON that the app reads back', async () => {
    const { fileName, bytes } = await download('Casus als JSON')
    expect(fileName).toBe('jan-eef.json')
    const result = parseDataset(JSON.parse(new TextDecoder().decode(bytes)))
    expect(result.ok).toBe(true)
  })

  it('saves the measures and the influence shares as CSV and the share chart as PNG', async () => {
    const measures = await download('Maten per actor (CSV)')
    expect(new TextDecoder().decode(measures.bytes)).toContain('Betweenness')
    const shares = await download('Aandeel invloed per fase (CSV)')
    expect(new TextDecoder().decode(shares.bytes).trim().split('\r\n')).toHaveLength(
      graph.phases.length + 1,
    )
    const chart = decodePng((await download('Aandeel invloed per fase (PNG)')).bytes)
    expect([chart.width, chart.height]).toEqual([1600, 900])
    expect(hasColour(chart, PARTY_STYLE.burgers.colour)).toBe(true)
  })
})
