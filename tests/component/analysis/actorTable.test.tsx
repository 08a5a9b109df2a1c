import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { MEASURES } from '../../../src/domain/metrics/registry.ts'
import ActorTable from '../../../src/features/actor-table/ActorTable.tsx'
import { useViewStore } from '../../../src/state/viewStore.ts'
import { makeCaseGraph, SHIFT_CASE } from '../../unit/metrics/builders.ts'

// p2 scores: Gemeente 4, Corporatie 4, Bewonersgroep 6, Buurtcoöperatie 2.
const graph = makeCaseGraph(SHIFT_CASE)

function actorColumn(): string[] {
  const table = screen.getByRole('table', { name: /Maten per actor/ })
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent?.replace(/ \(.*\)$/, '') ?? '')
}

describe('the actor table', () => {
  it('lists the actors of the phase, most influential first, with every measure as a column', () => {
    render(<ActorTable graph={graph} phaseId="p2" />)
    expect(screen.getByRole('heading', { name: 'Actoren in p2' })).toBeInTheDocument()
    expect(actorColumn()).toEqual(['Bewonersgroep', 'Corporatie', 'Gemeente', 'Buurtcoöperatie'])
    const headers = screen
      .getAllByRole('columnheader')
      .map((h) => h.textContent?.replace(/[↕↑↓]/, ''))
    const undirected = MEASURES.filter((m) => !m.directedOnly).map((m) => m.label.nl)
    expect(headers).toEqual(['Actor', ...undirected])
    expect(screen.getByRole('columnheader', { name: /Invloed/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    )
  })

  it('sorts by a column from the keyboard, and turns the order round on a second press', async () => {
    const user = userEvent.setup()
    render(<ActorTable graph={graph} phaseId="p2" />)
    const header = screen.getByRole('columnheader', { name: /^Actor/ })
    within(header).getByRole('button').focus()
    await user.keyboard('{Enter}')
    expect(header).toHaveAttribute('aria-sort', 'ascending')
    expect(screen.getByRole('columnheader', { name: /^Invloed/ })).toHaveAttribute(
      'aria-sort',
      'none',
    )
    expect(actorColumn()).toEqual(['Bewonersgroep', 'Buurtcoöperatie', 'Corporatie', 'Gemeente'])
    await user.keyboard(' ')
    expect(header).toHaveAttribute('aria-sort', 'descending')
    expect(actorColumn()).toEqual(['Gemeente', 'Corporatie', 'Buurtcoöperatie', 'Bewonersgroep'])
  })

  it('explains each measure in its header tooltip and in a list under the table', () => {
    render(<ActorTable graph={graph} phaseId="p2" />)
    const betweenness = MEASURES.find((m) => m.id === 'betweennessNormalized')
    const button = within(screen.getByRole('columnheader', { name: /Tussenpositie/ })).getByRole(
      'button',
    )
    expect(button).toHaveAttribute('title', betweenness?.explain.nl)
    const term = screen.getByText('Tussenpositie', { selector: 'dt' })
    expect(term.nextElementSibling).toHaveTextContent(betweenness?.explain.nl ?? '—')
  })

  it('selects the actor of a row in the explorer', async () => {
    const user = userEvent.setup()
    render(<ActorTable graph={graph} phaseId="p2" />)
    await user.click(screen.getByRole('button', { name: /^Gemeente/ }))
    expect(useViewStore.getState().actorId).toBe('gem')
    await user.click(
      screen.getByRole('row', { name: /Corporatie/ }).querySelector('td') as HTMLElement,
    )
    expect(useViewStore.getState().actorId).toBe('corp')
  })
})
