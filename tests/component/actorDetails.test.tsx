import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useViewStore } from '../../src/state/viewStore.ts'
import { makeCase, makeDataset, makeParticipant, makeSource } from '../builders.ts'
import { renderApp, stubDatasetFetch } from './renderApp.tsx'

async function openDetails(url: string) {
  const view = renderApp(url)
  const panel = await screen.findByRole('tabpanel')
  return { ...view, panel: within(panel) }
}

describe('actor details', () => {
  it('shows party type with world, role and influence in this phase, and influence per phase', async () => {
    stubDatasetFetch(makeDataset())
    const { panel } = await openDetails('/?case=buurthuis&phase=opbouw&actor=gemeente')
    expect(panel.getByRole('heading', { level: 2, name: 'Gemeente' })).toBeInTheDocument()
    const facts = panel.getAllByRole('definition')
    expect(facts.map((dd) => dd.textContent)).toEqual([
      'Overheid',
      'Systeemwereld',
      'financier, facilitator',
      '4 van 8',
    ])
    const perPhase = within(panel.getByRole('list', { name: 'Invloed per fase' })).getAllByRole(
      'listitem',
    )
    expect(perPhase.map((cell) => cell.title)).toEqual([
      '1. Verkenning: invloed 6 van 8',
      '2. Opbouw: invloed 4 van 8',
      '3. Zelfstandig: niet actief',
    ])
    expect(panel.getByText('2. Opbouw: invloed 4 van 8').closest('li')).toHaveAttribute(
      'aria-current',
      'step',
    )
  })

  it('shows the motive, the description and the relations of this phase', async () => {
    stubDatasetFetch(makeDataset())
    const { panel } = await openDetails('/?case=buurthuis&phase=opbouw&actor=bewoners')
    expect(panel.getByText('Een plek om elkaar te ontmoeten.')).toBeInTheDocument()
    const relations = panel
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('relations__item'))
    expect(relations.map((li) => li.textContent)).toEqual([
      'Financiering ← van Gemeente · sterkte 3 van 3',
      'Samenwerking ↔ met Welzijnsorganisatie · sterkte 2 van 3',
    ])
  })

  it('says when the actor does not take part in the phase', async () => {
    stubDatasetFetch(makeDataset())
    const { panel } = await openDetails('/?case=buurthuis&phase=zelfstandig&actor=gemeente')
    expect(panel.getAllByText('Niet actief in deze fase')).toHaveLength(2)
    expect(panel.getByText('Geen relaties in deze fase.')).toBeInTheDocument()
  })

  it('shows the provenance line with kind, note and cited sources as links', async () => {
    const kase = makeCase()
    kase.participants[1] = makeParticipant({
      ...kase.participants[1],
      actor: 'gemeente',
      provenance: {
        kind: 'public-source',
        sources: ['bron-rapport'],
        note: 'Uit het jaarverslag.',
      },
      positions: kase.participants[1]!.positions,
    })
    stubDatasetFetch(
      makeDataset({ sources: [makeSource({ url: 'https://example.org/rapport' })], cases: [kase] }),
    )
    const { panel } = await openDetails('/?case=buurthuis&phase=verkenning&actor=gemeente')
    expect(panel.getByText('Openbare bron')).toBeInTheDocument()
    expect(panel.getByText('Uit het jaarverslag.', { exact: false })).toBeInTheDocument()
    expect(panel.getByRole('link', { name: 'Rapport over de buurt' })).toHaveAttribute(
      'href',
      'https://example.org/rapport',
    )
    expect(panel.getAllByText('Illustratief').length).toBeGreaterThan(0)
  })

  it('opens from the actor list of the case page, by keyboard, and closes again', async () => {
    stubDatasetFetch(makeDataset())
    const { user } = renderApp('/?case=buurthuis&phase=verkenning')
    const actorButton = await screen.findByRole('button', { name: /^Gemeente/ })
    actorButton.focus()
    await user.keyboard('{Enter}')
    expect(useViewStore.getState().actorId).toBe('gemeente')
    expect(screen.getByRole('tab', { name: 'Actor: Gemeente' })).toHaveAttribute(
      'aria-selected',
      'true',
    )
    await user.click(screen.getByRole('button', { name: 'Details sluiten' }))
    expect(useViewStore.getState().actorId).toBeNull()
    expect(screen.getByRole('tab', { name: 'Casus' })).toHaveAttribute('aria-selected', 'true')
  })

  it('goes to another actor from the relation list', async () => {
    stubDatasetFetch(makeDataset())
    const { user, panel } = await openDetails('/?case=buurthuis&phase=opbouw&actor=bewoners')
    await user.click(panel.getByRole('button', { name: 'Toon Welzijnsorganisatie' }))
    expect(useViewStore.getState().actorId).toBe('welzijn')
    expect(screen.getByText('Bewoners versterken.')).toBeInTheDocument()
  })
})
