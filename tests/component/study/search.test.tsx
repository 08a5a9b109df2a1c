import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useViewStore } from '../../../src/state/viewStore.ts'
import { makeCases, makeDataset } from '../../builders.ts'
import { renderApp, stubDatasetFetch } from '../renderApp.tsx'
import { resetStudyStores } from './resetStudyStores.ts'

resetStudyStores()

const searchBox = () => screen.findByRole('combobox', { name: 'Zoeken' })

// Whole-app renders in jsdom are slow on a loaded machine; the default 5 s is too tight.
describe('header search', { timeout: 30_000 }, () => {
  it('suggests actors, cases and concepts in groups while typing', async () => {
    stubDatasetFetch(makeDataset({ cases: makeCases(2) }))
    const { user } = renderApp()
    const box = await searchBox()
    expect(box).toHaveAttribute('aria-expanded', 'false')
    await user.type(box, 'gemeente')
    expect(box).toHaveAttribute('aria-expanded', 'true')
    const list = screen.getByRole('listbox', { name: 'Zoeken' })
    const actors = within(list).getByRole('group', { name: 'Actoren' })
    expect(
      within(actors)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Gemeente in Casus 1', 'Gemeente in Casus 2'])
    expect(screen.getByText('2 resultaten')).toBeInTheDocument()
    await user.clear(box)
    await user.type(box, 'doe democratie')
    expect(
      within(screen.getByRole('group', { name: 'Begrippen' })).getByRole('option', {
        name: /Doe-democratie/,
      }),
    ).toBeInTheDocument()
  })

  it('opens the chosen actor in its case by keyboard', async () => {
    stubDatasetFetch(makeDataset({ cases: makeCases(2) }))
    const { user } = renderApp()
    const box = await searchBox()
    await user.type(box, 'welzijn')
    const options = screen.getAllByRole('option')
    expect(box).toHaveAttribute('aria-activedescendant', options[0]!.id)
    await user.keyboard('{ArrowDown}')
    expect(box).toHaveAttribute('aria-activedescendant', options[1]!.id)
    expect(options[1]).toHaveAttribute('aria-selected', 'true')
    await user.keyboard('{Enter}')
    // The welfare organisation first takes part in phase 2, so the case opens there.
    expect(useViewStore.getState()).toMatchObject({
      screen: 'explore',
      caseId: 'casus-2',
      phaseId: 'opbouw',
      actorId: 'welzijn',
    })
    expect(box).toHaveValue('')
    expect(await screen.findByRole('heading', { name: 'Welzijnsorganisatie' })).toBeInTheDocument()
  })

  it('opens a concept in the glossary, and Esc closes the list', async () => {
    stubDatasetFetch(makeDataset())
    const { user } = renderApp()
    const box = await searchBox()
    await user.type(box, 'vitale')
    await user.keyboard('{Escape}')
    expect(box).toHaveAttribute('aria-expanded', 'false')
    await user.keyboard('{ArrowDown}')
    expect(box).toHaveAttribute('aria-expanded', 'true')
    await user.click(screen.getByRole('option', { name: /Vitale coalities/ }))
    expect(useViewStore.getState().screen).toBe('glossary')
    const heading = await screen.findByRole('heading', { name: 'Vitale coalities' })
    expect(heading).toHaveFocus()
  })

  it('says so when nothing matches', async () => {
    stubDatasetFetch(makeDataset())
    const { user } = renderApp()
    const box = await searchBox()
    await user.type(box, 'xyzzy')
    expect(box).toHaveAttribute('aria-expanded', 'false')
    expect(screen.getAllByText('Niets gevonden').length).toBeGreaterThan(0)
  })
})
