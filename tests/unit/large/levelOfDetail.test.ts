import type { StylesheetJson } from 'cytoscape'
import { describe, expect, it } from 'vitest'
import {
  cytoscapeDetail,
  cytoscapeDetailFor,
  LARGE_NETWORK_MIN_NODES,
  rendererFor,
  showArrows,
  sigmaDetail,
  stylesheetFor,
  withLevelOfDetail,
} from '../../../src/graph/levelOfDetail.ts'
import { STYLESHEET } from '../../../src/graph/stylesheet.ts'

type Rule = { selector: string; style: Record<string, unknown> }
/** The value Cytoscape would use: later rules win. */
function lastValue(sheet: StylesheetJson, selector: string, property: string): unknown {
  let value: unknown
  for (const rule of sheet as Rule[])
    if (rule.selector === selector && property in rule.style) value = rule.style[property]
  return value
}

describe('renderer choice', () => {
  it('draws bundled-size cases with Cytoscape and thousands of actors with sigma', () => {
    expect(rendererFor(20)).toBe('cytoscape')
    expect(rendererFor(LARGE_NETWORK_MIN_NODES - 1)).toBe('cytoscape')
    expect(rendererFor(LARGE_NETWORK_MIN_NODES)).toBe('sigma')
    expect(rendererFor(20_000)).toBe('sigma')
  })
})

describe('Cytoscape level of detail', () => {
  it('keeps the full style for the bundled cases', () => {
    const detail = cytoscapeDetail(25, 40)
    expect(detail.level).toBe('full')
    expect(withLevelOfDetail(STYLESHEET, detail)).toBe(STYLESHEET)
  })

  it('hides small labels from 60 actors on, keeping arrows', () => {
    const sheet = withLevelOfDetail(STYLESHEET, cytoscapeDetail(60, 10))
    expect(lastValue(sheet, 'node', 'min-zoomed-font-size')).toBe(9)
    expect(lastValue(sheet, 'edge', 'curve-style')).toBe('bezier')
  })

  it('draws cheap edges without arrows and skips edges while moving for big networks', () => {
    const detail = cytoscapeDetail(120, 500)
    expect(detail).toMatchObject({
      level: 'minimal',
      hideEdgesOnViewport: true,
      textureOnViewport: true,
    })
    const sheet = withLevelOfDetail(STYLESHEET, detail)
    expect(lastValue(sheet, 'edge', 'curve-style')).toBe('haystack')
    expect(lastValue(sheet, 'edge', 'target-arrow-shape')).toBe('none')
    expect(lastValue(sheet, 'node', 'min-zoomed-font-size')).toBe(12)
  })

  it('also lightens a small network with many relations', () => {
    expect(cytoscapeDetail(30, 400).level).toBe('minimal')
    expect(cytoscapeDetail(30, 150).level).toBe('reduced')
  })

  it('counts nodes and edges of an element list', () => {
    const elements = [
      ...Array.from({ length: 70 }, () => ({ group: 'nodes' })),
      ...Array.from({ length: 5 }, () => ({ group: 'edges' })),
    ]
    expect(cytoscapeDetailFor(elements).level).toBe('reduced')
  })

  it('returns the same stylesheet object for the same level, so Cytoscape does not restyle', () => {
    const detail = cytoscapeDetail(120, 500)
    expect(stylesheetFor(STYLESHEET, detail)).toBe(stylesheetFor(STYLESHEET, detail))
    expect(stylesheetFor(STYLESHEET, detail)).not.toBe(STYLESHEET)
  })
})

describe('sigma level of detail', () => {
  it('shows fewer labels, smaller nodes and arrows only closer up as the network grows', () => {
    const medium = sigmaDetail(1000, 2000)
    const big = sigmaDetail(5000, 25_000)
    const huge = sigmaDetail(20_000, 100_000)
    expect(medium.labelRenderedSizeThreshold).toBeLessThan(big.labelRenderedSizeThreshold)
    expect(big.labelRenderedSizeThreshold).toBeLessThan(huge.labelRenderedSizeThreshold)
    expect(huge.nodeSize.max).toBeLessThan(medium.nodeSize.max)
    expect(huge.hideEdgesOnMove).toBe(true)
    expect(medium.hideEdgesOnMove).toBe(false)
    expect(big.hideLabelsOnMove).toBe(true)
  })

  it('draws relations during the layout only while there are few enough to redraw cheaply', () => {
    expect(sigmaDetail(1000, 2000).edgesWhileLayingOut).toBe(true)
    expect(sigmaDetail(1000, 9_999).edgesWhileLayingOut).toBe(true)
    expect(sigmaDetail(1000, 10_000).edgesWhileLayingOut).toBe(false)
    expect(sigmaDetail(5000, 25_000).edgesWhileLayingOut).toBe(false)
    expect(sigmaDetail(20_000, 100_000).edgesWhileLayingOut).toBe(false)
  })

  it('draws no arrows at the whole-network view, and arrows once zoomed in far enough', () => {
    const detail = sigmaDetail(5000, 25_000)
    expect(showArrows(detail, 1)).toBe(false)
    expect(showArrows(detail, 0.05)).toBe(true)
    expect(showArrows({ ...detail, arrowsBelowRatio: null }, 0.01)).toBe(false)
  })
})
