import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useViewStore } from '../../src/state/viewStore.ts'
import { makeCase, makeCases, makeDataset } from '../builders.ts'
import { renderApp, stubDatasetFetch } from './renderApp.tsx'

describe('case list', () => {
  it('lists every case of the dataset with title, theme, city and summary', async () => {
    stubDatasetFetch(makeDataset({ cases: makeCases(10) }))
    renderApp()
    const nav = await screen.findByRole('navigation', { name: 'Casussen' })
    const buttons = within(nav).getAllByRole('button')
    expect(buttons).toHaveLength(10)
    expect(buttons[0]).toHaveAccessibleName('Casus 1')
    expect(buttons[0]).toHaveAccessibleDescription(/Ontmoetingsplekken · Utrecht/)
    expect(buttons[0]).toHaveAccessibleDescription(
      /Bewoners nemen het beheer van een buurthuis over/,
    )
  })

  it('shows a provenance badge with an explanation on each case', async () => {
    stubDatasetFetch(
      makeDataset({
        sources: [{ id: 'bron', title: 'Krant' }],
        cases: [
          makeCase({ id: 'a', title: 'Casus A', provenance: { kind: 'review' } }),
          makeCase({
            id: 'b',
            title: 'Casus B',
            provenance: { kind: 'public-source', sources: ['bron'] },
          }),
          makeCase({ id: 'c', title: 'Casus C', provenance: { kind: 'illustrative' } }),
        ],
      }),
    )
    renderApp()
    const card = async (name: string) =>
      within((await screen.findByRole('button', { name })).parentElement!)
    expect(await screen.findByRole('button', { name: 'Casus A' })).toHaveAccessibleDescription(
      /Uit de recensie/,
    )
    expect((await card('Casus A')).getByText('Uit de recensie')).toHaveAttribute(
      'title',
      expect.stringMatching(/recensie/),
    )
    expect((await card('Casus B')).getByText('Openbare bron')).toBeInTheDocument()
    expect((await card('Casus C')).getByText('Illustratief')).toHaveAttribute(
      'title',
      expect.stringMatching(/Bedacht om mee te leren/),
    )
    expect(screen.getByText('Wat betekenen de labels?')).toBeInTheDocument()
  })

  it('opens the chosen case at its first phase, in the store and in the URL', async () => {
    stubDatasetFetch(makeDataset({ cases: makeCases(3) }))
    const { user } = renderApp()
    await user.click(await screen.findByRole('button', { name: 'Casus 2' }))
    expect(useViewStore.getState()).toMatchObject({
      caseId: 'casus-2',
      phaseId: 'verkenning',
      actorId: null,
    })
    expect(window.location.search).toBe('?case=casus-2&phase=verkenning')
    expect(screen.getByRole('button', { name: 'Casus 2' })).toHaveAttribute('aria-current', 'true')
    expect(screen.getByRole('img', { name: /Netwerk van Casus 2/ })).toBeInTheDocument()
  })

  it('offers the same choice as a compact select for narrow screens', async () => {
    stubDatasetFetch(makeDataset({ cases: makeCases(3) }))
    const { user } = renderApp()
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Kies een casus' }),
      'casus-3',
    )
    expect(useViewStore.getState().caseId).toBe('casus-3')
  })
})
