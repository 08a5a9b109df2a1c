import { render, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { buildCaseGraph } from '../../../src/domain/caseGraph.ts'
import { GraphView } from '../../../src/features/graph-view/GraphView.tsx'
import { loadGraphCanvasChunk } from '../../../src/graph/canvasChunk.ts'
import { GraphHandleProvider } from '../../../src/graph/graphHandle.tsx'
import { makeDataset } from '../../builders.ts'

describe('the lazily loaded canvas', () => {
  it('draws the network once its chunk has arrived, keeping the frame meanwhile', async () => {
    const dataset = makeDataset()
    const graph = buildCaseGraph(dataset, dataset.cases[0]!)
    const phaseId = graph.phases[0]!.id
    const { container } = render(
      <GraphHandleProvider>
        <GraphView graph={graph} phaseId={phaseId} />
      </GraphHandleProvider>,
    )
    expect(container.querySelector('.graph-canvas__cy')).not.toBeNull()
    await waitFor(() => expect(window.__wijknetwerk?.cy.nodes().length).toBeGreaterThan(0))
    expect(window.__wijknetwerk?.cy.nodes().length).toBe(graph.actors.length)
  })

  it('draws at once, without the waiting frame, when the chunk is already there', async () => {
    await loadGraphCanvasChunk()
    delete window.__wijknetwerk
    const dataset = makeDataset()
    const graph = buildCaseGraph(dataset, dataset.cases[0]!)
    const { container } = render(
      <GraphHandleProvider>
        <GraphView graph={graph} phaseId={graph.phases[0]!.id} />
      </GraphHandleProvider>,
    )
    // The first commit already holds the canvas: no busy placeholder was shown.
    expect(container.querySelector('[aria-busy="true"]')).toBeNull()
    await waitFor(() => expect(window.__wijknetwerk?.cy.nodes().length).toBe(graph.actors.length))
  })
})
