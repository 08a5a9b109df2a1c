import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useFilterStore } from '../../../src/state/filterStore.ts'
import { makeDataset } from '../../builders.ts'
import { renderApp, stubDatasetFetch } from '../renderApp.tsx'
import { resetStudyStores } from './resetStudyStores.ts'

resetStudyStores()

// The default built case, phase 2 (Opbouw): residents 5, municipality 4, welfare 3;
// a funding tie municipality → residents (strength 3) and a collaboration welfare – residents (2).
const PHASE_2 = '/?case=buurthuis&phase=opbouw'
const graph = () => screen.findByRole('img', { name: /^Netwerk van Het buurthuis/ })

// Whole-app renders in jsdom are slow on a loaded machine; the default 5 s is too tight.
describe('network filters', { timeout: 30_000 }, () => {
  it('hides a party type in the graph, the count and the address, and shows all again', async () => {
    stubDatasetFetch(makeDataset())
    const { user } = renderApp(PHASE_2)
    expect(await graph()).toHaveAccessibleName(/3 actoren, 2 relaties/)
    await user.click(await screen.findByRole('button', { name: 'Filters' }))
    const parties = screen.getByRole('group', { name: 'Partijtypen tonen' })
    await user.click(within(parties).getByRole('checkbox', { name: 'Overheid' }))
    expect(await graph()).toHaveAccessibleName(/2 actoren, 1 relatie$/)
    expect(screen.getByText('Zichtbaar: 2 van 3 actoren, 1 van 2 relaties')).toBeInTheDocument()
    expect(window.location.search).toContain('hide=overheid')
    expect(screen.getByRole('button', { name: 'Filters (1 actief)' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Alles tonen' }))
    expect(await graph()).toHaveAccessibleName(/3 actoren, 2 relaties/)
    expect(window.location.search).not.toContain('hide=')
  })

  it('restores minimum influence and strength from the address', async () => {
    stubDatasetFetch(makeDataset())
    const { user } = renderApp(`${PHASE_2}&minInf=4&minStr=3`)
    expect(await graph()).toHaveAccessibleName(/2 actoren, 1 relatie$/)
    await user.click(await screen.findByRole('button', { name: /^Filters/ }))
    expect(screen.getByRole('slider', { name: 'Minimale invloed' })).toHaveValue('4')
    expect(screen.getByRole('slider', { name: 'Minimale sterkte' })).toHaveValue('3')
  })

  it('shows all phases together when asked, and the legend follows the filters', async () => {
    stubDatasetFetch(makeDataset())
    const { user } = renderApp('/?case=buurthuis&phase=verkenning')
    expect(await graph()).toHaveAccessibleName(/2 actoren, 1 relatie$/)
    await user.click(await screen.findByRole('button', { name: 'Filters' }))
    await user.click(screen.getByRole('radio', { name: 'Alle fasen samen' }))
    expect(await graph()).toHaveAccessibleName(/3 actoren, 2 relaties/)
    expect(useFilterStore.getState().scope).toBe('all')
    expect(window.location.search).toContain('scope=all')
    const legend = screen.getByRole('complementary', { name: 'Legenda' })
    expect(within(legend).getByText('Samenwerking')).toBeInTheDocument()
    await user.click(
      within(screen.getByRole('group', { name: 'Relatietypen tonen' })).getByRole('checkbox', {
        name: 'Samenwerking',
      }),
    )
    expect(within(legend).queryByText('Samenwerking')).not.toBeInTheDocument()
  })

  it('shows an actor’s ties one step out from its details, and everything again', async () => {
    stubDatasetFetch(makeDataset())
    const { user } = renderApp(`${PHASE_2}&actor=welzijn`)
    await user.click(await screen.findByRole('button', { name: 'Toon banden 1 stap verder' }))
    expect(await graph()).toHaveAccessibleName(/2 actoren, 1 relatie$/)
    expect(screen.getByRole('button', { name: 'Toon banden 1 stap verder' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    expect(window.location.search).toContain('expand=welzijn:1')
    await user.click(screen.getByRole('button', { name: 'Toon banden 2 stappen verder' }))
    expect(await graph()).toHaveAccessibleName(/3 actoren, 2 relaties/)
    await user.click(screen.getAllByRole('button', { name: 'Alles tonen' })[0]!)
    expect(useFilterStore.getState().expand).toBeNull()
  })
})
