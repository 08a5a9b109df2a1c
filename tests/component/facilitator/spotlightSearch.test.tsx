import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { buildCaseGraph } from '../../../src/domain/caseGraph.ts'
import { SpotlightSearch } from '../../../src/features/spotlight/SpotlightSearch.tsx'
import { useSpotlightStore } from '../../../src/state/spotlightStore.ts'
import { makeDataset } from '../../builders.ts'
import { resetFacilitatorStores } from './resetStores.ts'

function setup() {
  const dataset = makeDataset()
  const graph = buildCaseGraph(dataset, dataset.cases[0]!)
  const user = userEvent.setup()
  render(<SpotlightSearch graph={graph} />)
  const box = screen.getByRole('combobox', { name: 'Actor uitlichten' })
  return { user, box }
}

beforeEach(resetFacilitatorStores)

describe('spotlight search box', () => {
  it('suggests actors as you type (without accents or case) and lights the chosen one', async () => {
    const { user, box } = setup()
    expect(box).toHaveAttribute('aria-expanded', 'false')
    await user.type(box, 'WELZ')
    expect(box).toHaveAttribute('aria-expanded', 'true')
    const options = screen.getAllByRole('option')
    expect(options.map((o) => o.textContent)).toEqual(['Welzijnsorganisatie'])
    expect(box).toHaveAttribute('aria-activedescendant', options[0]!.id)
    await user.keyboard('{Enter}')
    expect(useSpotlightStore.getState().actorIds).toEqual(['welzijn'])
    expect(box).toHaveValue('')
    expect(box).toHaveAttribute('aria-expanded', 'false')
    expect(screen.getByText('Uitgelicht: Welzijnsorganisatie')).toBeInTheDocument()
  })

  it('moves through suggestions with the arrow keys; Esc closes the list, then empties the field', async () => {
    const { user, box } = setup()
    await user.type(box, 'e')
    const options = screen.getAllByRole('option')
    expect(options.length).toBeGreaterThan(1)
    await user.keyboard('{ArrowDown}')
    expect(box).toHaveAttribute('aria-activedescendant', options[1]!.id)
    expect(options[1]).toHaveAttribute('aria-selected', 'true')
    await user.keyboard('{ArrowUp}{ArrowUp}')
    expect(box).toHaveAttribute('aria-activedescendant', options.at(-1)!.id)
    await user.keyboard('{Escape}')
    expect(box).toHaveAttribute('aria-expanded', 'false')
    expect(box).toHaveValue('e')
    await user.keyboard('{Escape}')
    expect(box).toHaveValue('')
    expect(useSpotlightStore.getState().actorIds).toEqual([])
  })

  it('says when no actor matches', async () => {
    const { user, box } = setup()
    await user.type(box, 'xyz')
    expect(screen.getByRole('status')).toHaveTextContent('Geen actor gevonden')
    expect(box).toHaveAttribute('aria-expanded', 'false')
  })

  it('shows the shortest path once a second actor is chosen, picked with the mouse', async () => {
    const { user, box } = setup()
    await user.type(box, 'bew{Enter}')
    await user.type(box, 'gem')
    await user.click(screen.getByRole('option', { name: 'Gemeente' }))
    expect(useSpotlightStore.getState().actorIds).toEqual(['bewoners', 'gemeente'])
    expect(screen.getByText('Kortste pad: Bewoners → Gemeente')).toBeInTheDocument()
  })
})
