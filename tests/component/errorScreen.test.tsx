import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { makeCase, makeDataset, makePhase } from '../builders.ts'
import { renderApp, stubDatasetFetch } from './renderApp.tsx'

describe('dataset error screen', () => {
  it('names the file, the JSON path and the reason of each issue', async () => {
    const broken = makeDataset({ cases: [makeCase({ phases: [makePhase({ order: 2 })] })] })
    stubDatasetFetch(broken)
    renderApp()
    expect(
      await screen.findByRole('heading', { name: 'De dataset bevat fouten' }),
    ).toBeInTheDocument()
    expect(screen.getByText('data/dataset.json')).toBeInTheDocument()
    const group = screen.getByRole('heading', { name: 'Casus 1 (buurthuis)' }).closest('section')!
    const rows = within(group).getAllByRole('row').slice(1)
    const cells = rows.map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    )
    expect(cells).toContainEqual([
      '$.cases[0].phases[0].order',
      'phases must be listed in order 1, 2, 3…: expected 1, found 2',
    ])
    expect(screen.getByRole('columnheader', { name: 'Plaats (JSON-pad)' })).toBeInTheDocument()
    expect(screen.getByRole('columnheader', { name: 'Reden' })).toBeInTheDocument()
  })

  it('groups issues by record and lists the first 50 with a count of the rest', async () => {
    const raw = {
      ...makeDataset(),
      title: '',
      actors: Array.from({ length: 70 }, (_, i) => ({
        id: `Fout ${i}`,
        label: 'x',
        partyType: 'burgers',
      })),
    }
    stubDatasetFetch(raw)
    renderApp()
    expect(
      await screen.findByRole('heading', { name: 'De dataset bevat fouten' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Dataset' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: "Lijst 'actors'" })).toBeInTheDocument()
    const shown = screen
      .getAllByRole('row')
      .filter((row) => within(row).queryAllByRole('cell').length > 0)
    expect(shown).toHaveLength(50)
    expect(screen.getByText(/… en nog \d+ problemen\./)).toBeInTheDocument()
  })

  it('explains a file that is not JSON', async () => {
    stubDatasetFetch('{ "format": "wijknetwerk-dataset", ')
    renderApp()
    expect(
      await screen.findByRole('heading', { name: 'De dataset is geen geldige JSON' }),
    ).toBeInTheDocument()
    expect(screen.getByText('data/dataset.json')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Opnieuw proberen' })).toBeInTheDocument()
  })

  it('explains a network error and offers to try again', async () => {
    const fetchMock = vi.fn(async () => {
      throw new TypeError('Failed to fetch')
    })
    vi.stubGlobal('fetch', fetchMock)
    const { user } = renderApp()
    expect(
      await screen.findByRole('heading', { name: 'De dataset kon niet worden geladen' }),
    ).toBeInTheDocument()
    expect(screen.getByText(/Er kwam geen antwoord van de server/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Opnieuw proberen' }))
    expect(fetchMock).toHaveBeenCalledTimes(2)
  })

  it('reports the HTTP status when the file is missing', async () => {
    stubDatasetFetch('Not found', { status: 404 })
    renderApp()
    const message = await screen.findByText(/De server antwoordde met status 404/)
    expect(message).toHaveTextContent(/staat niet \(meer\) op dit adres/)
    // The server did answer: the advice for an unanswered request would mislead.
    expect(message).not.toHaveTextContent(/geen antwoord/)
    expect(screen.getByText('data/dataset.json')).toBeInTheDocument()
  })

  it('says a server fault is worth another try later', async () => {
    stubDatasetFetch('Oops', { status: 503 })
    renderApp()
    expect(await screen.findByText(/status 503/)).toHaveTextContent(/Probeer het later opnieuw/)
  })
})
