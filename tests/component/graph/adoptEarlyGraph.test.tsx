import { render } from '@testing-library/react'
import cytoscape, { type ElementDefinition } from 'cytoscape'
import { StrictMode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'

// These tests are about the canvas taking over an early drawing; the lazy chunk is covered
// in lazyGraphCanvas.test.tsx.
vi.mock('../../../src/graph/LazyGraphCanvas.tsx', async () => {
  const { GraphCanvas } = await import('../../../src/graph/GraphCanvas.tsx')
  return { LazyGraphCanvas: GraphCanvas }
})
import { buildCaseGraph } from '../../../src/domain/caseGraph.ts'
import { GraphView } from '../../../src/features/graph-view/GraphView.tsx'
import { discardEarlyGraph, offerEarlyGraph } from '../../../src/graph/early/handoff.ts'
import { STYLESHEET } from '../../../src/graph/stylesheet.ts'
import { makeDataset } from '../../builders.ts'

const dataset = makeDataset()
const graph = buildCaseGraph(dataset, dataset.cases[0]!)
const cy = () => window.__wijknetwerk!.cy

/** What the page's first script drew: one actor under an old name, and one that is gone. */
const drawn: ElementDefinition[] = [
  { group: 'nodes', data: { id: 'actor:bewoners', label: 'Oude naam' }, position: { x: 0, y: 0 } },
  { group: 'nodes', data: { id: 'actor:weg', label: 'Weg' }, position: { x: 50, y: 0 } },
]

/** An early drawing as graph/early/earlyGraph.ts offers it, on a headless core. */
function offerDrawing(caseId: string) {
  const core = cytoscape({ headless: true, styleEnabled: true, elements: drawn })
  const frame = document.createElement('div')
  frame.className = 'early-graph'
  document.body.append(frame)
  offerEarlyGraph({ cy: core, frame, caseId, elements: drawn, stylesheet: STYLESHEET })
  return { core, frame }
}

afterEach(() => discardEarlyGraph())

describe('the explorer canvas and the network drawn before the app loaded', () => {
  it('takes the drawn core over, moves it into place and corrects what differs', () => {
    const early = offerDrawing(graph.kase.id)
    const { container } = render(<GraphView graph={graph} phaseId="verkenning" />)
    expect(cy()).toBe(early.core)
    expect(container.querySelector('.graph-canvas__cy')?.contains(early.frame)).toBe(true)
    expect(early.frame).toHaveClass('early-graph--adopted')
    expect(
      cy()
        .nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual(['actor:bewoners', 'actor:gemeente', 'actor:welzijn'])
    expect(cy().getElementById('actor:bewoners').data('label')).not.toBe('Oude naam')
    expect(cy().getElementById('actor:bewoners').data('actorId')).toBe('bewoners')
    expect(cy().edges().length).toBe(1)
  })

  it('leaves a drawing of another case alone, and the app removes it', () => {
    const early = offerDrawing('another-case')
    render(<GraphView graph={graph} phaseId="verkenning" />)
    expect(cy()).not.toBe(early.core)
    expect(early.frame.isConnected).toBe(true)
    discardEarlyGraph()
    expect(early.frame.isConnected).toBe(false)
    expect(early.core.destroyed()).toBe(true)
    expect(cy().destroyed()).toBe(false)
  })

  it('is taken over once: a remount (StrictMode) draws with a core of its own', () => {
    const early = offerDrawing(graph.kase.id)
    render(
      <StrictMode>
        <GraphView graph={graph} phaseId="verkenning" />
      </StrictMode>,
    )
    // StrictMode unmounts the first mount, which destroys the adopted core and its frame.
    expect(early.core.destroyed()).toBe(true)
    expect(early.frame.isConnected).toBe(false)
    expect(cy().destroyed()).toBe(false)
    expect(cy().nodes().length).toBe(3)
  })
})
