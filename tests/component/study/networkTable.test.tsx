import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useViewStore } from '../../../src/state/viewStore.ts'
import { makeDataset } from '../../builders.ts'
import { renderApp, stubDatasetFetch } from '../renderApp.tsx'
import { resetStudyStores } from './resetStudyStores.ts'

resetStudyStores()

const PHASE_2 = '/?case=buurthuis&phase=opbouw'

async function openTable(url = PHASE_2) {
  stubDatasetFetch(makeDataset())
  const session = renderApp(url)
  await session.user.click(await screen.findByRole('button', { name: 'Tabelweergave tonen' }))
  return session
}

// Whole-app renders in jsdom are slow on a loaded machine; the default 5 s is too tight.
describe('table view of the network', { timeout: 30_000 }, () => {
  it('lists the actors with party type, role, influence and measures, and the relations', async () => {
    await openTable()
    const actors = screen.getByRole('table', { name: 'Actoren in Fase 2 (Opbouw)' })
    const rows = within(actors).getAllByRole('row').slice(1)
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent?.trim()),
      ),
    ).toEqual([
      ['Burgers', 'trekker', '5', '2', '1', expect.stringMatching(/^0,\d+$/)],
      ['Overheid', 'financier, facilitator', '4', '1', '0', expect.stringMatching(/^0,\d+$/)],
      [
        'Maatschappelijke organisaties',
        'verbinder',
        '3',
        '1',
        '0',
        expect.stringMatching(/^0,\d+$/),
      ],
    ])
    const relations = screen.getByRole('table', { name: 'Relaties in Fase 2 (Opbouw)' })
    expect(
      within(relations).getByRole('row', { name: /Gemeente Bewoners Financiering gericht/ }),
    ).toBeInTheDocument()
    expect(
      within(relations).getByRole('row', {
        name: /Welzijnsorganisatie Bewoners Samenwerking wederzijds 2/,
      }),
    ).toBeInTheDocument()
  })

  it('lists actors that are drawn faded as not active', async () => {
    await openTable('/?case=buurthuis&phase=verkenning')
    const actors = screen.getByRole('table', { name: /Actoren in Fase 1/ })
    expect(
      within(actors).getByRole('row', { name: /Welzijnsorganisatie .* niet actief/ }),
    ).toBeInTheDocument()
  })

  it('follows and sets the selection, by mouse and by keyboard', async () => {
    const { user } = await openTable()
    const bewoners = screen.getByRole('button', { name: 'Bewoners' })
    await user.click(bewoners)
    expect(useViewStore.getState().actorId).toBe('bewoners')
    expect(bewoners).toHaveAttribute('aria-pressed', 'true')
    // The choice made elsewhere (the graph, the case page) shows in the table.
    useViewStore.getState().selectActor('gemeente')
    expect(
      await screen.findByRole('button', { name: 'Gemeente', pressed: true }),
    ).toBeInTheDocument()
    // ↓ and ↑ move between the actor buttons; Enter chooses.
    bewoners.focus()
    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('button', { name: 'Gemeente' })).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('button', { name: 'Welzijnsorganisatie' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(useViewStore.getState().actorId).toBe('welzijn')
    expect(screen.getByText('Welzijnsorganisatie gekozen')).toBeInTheDocument()
  })
})

// Whole-app renders in jsdom are slow on a loaded machine; the default 5 s is too tight.
describe('keyboard in the graph', { timeout: 30_000 }, () => {
  it('moves between actors with the arrow keys, chooses with Enter, clears with Esc', async () => {
    stubDatasetFetch(makeDataset())
    renderApp(PHASE_2)
    const graph = await screen.findByRole('img', { name: /^Netwerk van Het buurthuis/ })
    expect(graph).toHaveAttribute('tabindex', '0')
    // The description is written once the graph is on screen (a frame later).
    await waitFor(() =>
      expect(graph).toHaveAccessibleDescription(
        /Grootste invloed: Bewoners, Gemeente en Welzijnsorganisatie/,
      ),
    )
    expect(graph).toHaveAccessibleDescription(/Burgers 42\s?%/)
    graph.focus()
    fireEvent.keyDown(graph, { key: 'ArrowRight' })
    const live = screen.getByText(/invloed \d$/)
    const first = live.textContent
    fireEvent.keyDown(graph, { key: 'ArrowRight' })
    expect(screen.getByText(/invloed \d$/).textContent).not.toBe(first)
    fireEvent.keyDown(graph, { key: 'ArrowLeft' })
    expect(screen.getByText(/invloed \d$/).textContent).toBe(first)
    // The arrow keys stayed in the graph: the phase did not change.
    expect(useViewStore.getState().phaseId).toBe('opbouw')
    fireEvent.keyDown(graph, { key: 'Enter' })
    const chosen = useViewStore.getState().actorId
    expect(first).toMatch(
      new RegExp(
        `^${{ bewoners: 'Bewoners', gemeente: 'Gemeente', welzijn: 'Welzijnsorganisatie' }[chosen as 'bewoners']}`,
      ),
    )
    fireEvent.keyDown(graph, { key: 'Escape' })
    expect(useViewStore.getState().actorId).toBeNull()
    expect(screen.getByText('Keuze gewist')).toBeInTheDocument()
  })
})
