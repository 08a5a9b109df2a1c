import { act, render, screen } from '@testing-library/react'
import { StrictMode, useEffect } from 'react'
import { describe, expect, it, vi } from 'vitest'

// The app loads the canvas in a chunk of its own (LazyGraphCanvas); these tests are about the
// canvas itself, so they mount it directly. lazyGraphCanvas.test.tsx covers the lazy loading.
vi.mock('../../../src/graph/LazyGraphCanvas.tsx', async () => {
  const { GraphCanvas } = await import('../../../src/graph/GraphCanvas.tsx')
  return { LazyGraphCanvas: GraphCanvas }
})
import { buildCaseGraph } from '../../../src/domain/caseGraph.ts'
import { GraphView } from '../../../src/features/graph-view/GraphView.tsx'
import { nodeSizeForInfluence } from '../../../src/graph/encoding.ts'
import {
  GraphHandleProvider,
  type GraphHandle,
  useGraphHandle,
} from '../../../src/graph/graphHandle.tsx'
import { useViewStore } from '../../../src/state/viewStore.ts'
import { makeDataset } from '../../builders.ts'

const dataset = makeDataset()
const graph = buildCaseGraph(dataset, dataset.cases[0]!)

let handle: GraphHandle | undefined
function HandleProbe() {
  const current = useGraphHandle()
  useEffect(function captureHandle() {
    handle = current
  })
  return null
}

function Graph({ phaseId }: { phaseId: string }) {
  return (
    <GraphHandleProvider>
      <GraphView graph={graph} phaseId={phaseId} />
      <HandleProbe />
    </GraphHandleProvider>
  )
}

const cy = () => window.__wijknetwerk!.cy

describe('GraphCanvas', () => {
  it('exposes the live core for end-to-end tests and through the graph handle', () => {
    render(<Graph phaseId="verkenning" />)
    expect(
      cy()
        .nodes()
        .map((n) => n.id()),
    ).toEqual(['actor:bewoners', 'actor:gemeente', 'actor:welzijn'])
    expect(
      cy()
        .edges()
        .map((e) => e.id()),
    ).toEqual(['rel:buurthuis-subsidie'])
    expect(handle!.getCore()).toBe(cy())
    expect(() => handle!.fit()).not.toThrow()
  })

  it('describes the network in its accessible name', () => {
    render(<Graph phaseId="opbouw" />)
    expect(
      screen.getByRole('img', {
        name: 'Netwerk van Het buurthuis, fase 2 (Opbouw): 3 actoren, 2 relaties',
      }),
    ).toBeInTheDocument()
  })

  it('keeps every actor in place when the phase changes, and updates sizes and edges', () => {
    const { rerender } = render(<Graph phaseId="verkenning" />)
    const before = cy()
      .nodes()
      .map((n) => ({ ...n.position() }))
    expect(cy().getElementById('actor:gemeente').data('size')).toBe(nodeSizeForInfluence(6))
    rerender(<Graph phaseId="zelfstandig" />)
    expect(
      cy()
        .nodes()
        .map((n) => ({ ...n.position() })),
    ).toEqual(before)
    expect(cy().getElementById('actor:gemeente').hasClass('absent')).toBe(true)
    expect(cy().getElementById('actor:bewoners').data('size')).toBe(nodeSizeForInfluence(8))
    expect(
      cy()
        .edges()
        .map((e) => e.id()),
    ).toEqual(['rel:buurthuis-samen'])
  })

  it('selects an actor when its node is tapped, and clears the choice on the background', () => {
    render(<Graph phaseId="verkenning" />)
    act(() => {
      cy().getElementById('actor:gemeente').emit('tap')
    })
    expect(useViewStore.getState().actorId).toBe('gemeente')
    expect(cy().getElementById('actor:gemeente').hasClass('chosen')).toBe(true)
    act(() => {
      cy().emit('tap')
    })
    expect(useViewStore.getState().actorId).toBeNull()
  })

  it('adds one tap listener however often it renders', () => {
    const { rerender } = render(<Graph phaseId="verkenning" />)
    rerender(<Graph phaseId="opbouw" />)
    rerender(<Graph phaseId="verkenning" />)
    let calls = 0
    const unsubscribe = useViewStore.subscribe(() => calls++)
    act(() => {
      cy().getElementById('actor:bewoners').emit('tap')
    })
    unsubscribe()
    expect(calls).toBe(1)
  })

  it('works with the live instance under StrictMode, which destroys the first one', () => {
    render(
      <StrictMode>
        <Graph phaseId="verkenning" />
      </StrictMode>,
    )
    expect(cy().destroyed()).toBe(false)
    expect(handle!.getCore()).toBe(cy())
    act(() => {
      cy().getElementById('actor:welzijn').emit('tap')
    })
    expect(useViewStore.getState().actorId).toBe('welzijn')
  })

  it('removes the global core when the graph goes away', () => {
    const { unmount } = render(<Graph phaseId="verkenning" />)
    const core = cy()
    unmount()
    expect(window.__wijknetwerk).toBeUndefined()
    expect(core.destroyed()).toBe(true)
    expect(handle!.getCore()).toBeNull()
  })
})
