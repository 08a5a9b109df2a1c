/**
 * The benchmark's reference page: the same elements and stylesheet as the app, drawn by plain
 * Cytoscape without React, stores or validation. `?case=<id>` picks a bundled case (its first
 * phase, at the app's positions); `?data=<file>` draws a generated network at seeded positions
 * with the level-of-detail style the app would choose for Cytoscape.
 */
import cytoscape from 'cytoscape'
import { buildCaseGraph } from '../../../src/domain/caseGraph.ts'
import type { Dataset } from '../../../src/domain/schema.ts'
import { initialPositions } from '../../../src/graph/large/forceLayout.ts'
import { caseLayout, type Positions } from '../../../src/graph/layout.ts'
import { cytoscapeDetailFor, stylesheetFor } from '../../../src/graph/levelOfDetail.ts'
import { FIRST_GRAPH_MARK, markOnce } from '../../../src/graph/perfMarks.ts'
import { STYLESHEET } from '../../../src/graph/stylesheet.ts'
import { toElements } from '../../../src/graph/toElements.ts'

declare global {
  interface Window {
    __bare?: { cy: cytoscape.Core }
  }
}

async function main() {
  const params = new URLSearchParams(location.search)
  const file = params.get('data') ?? 'data/dataset.json'
  const dataset = (await (
    await fetch(new URL(file, new URL('../app/', location.href)))
  ).json()) as Dataset
  const kase = dataset.cases.find((c) => c.id === params.get('case')) ?? dataset.cases[0]!
  const graph = buildCaseGraph(dataset, kase)
  let positions: Positions
  if (params.has('data')) {
    const xy = initialPositions(graph.actors.length, 1)
    const scaled: Record<string, { x: number; y: number }> = {}
    graph.actors.forEach(
      (a, i) => (scaled[a.actor.id] = { x: xy[2 * i]! * 20, y: xy[2 * i + 1]! * 20 }),
    )
    positions = scaled
  } else positions = caseLayout(graph)
  const elements = toElements(graph, graph.phases[0]!.id, positions, {
    lang: 'nl',
    colourMode: 'partyType',
    selectedActorId: null,
  })
  const detail = cytoscapeDetailFor(elements)
  const cy = cytoscape({
    container: document.getElementById('cy'),
    elements,
    style: stylesheetFor(STYLESHEET, detail),
    layout: { name: 'preset', fit: true, padding: 20 },
    minZoom: 0.02,
    maxZoom: 4,
    autoungrabify: true,
    autounselectify: true,
    boxSelectionEnabled: false,
    hideEdgesOnViewport: detail.hideEdgesOnViewport,
    textureOnViewport: detail.textureOnViewport,
  })
  cy.one('render', () => markOnce(FIRST_GRAPH_MARK))
  window.__bare = { cy }
}

void main()
