import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import CrossCaseScreen from '../../../src/features/cross-case/CrossCaseScreen.tsx'
import { useViewStore } from '../../../src/state/viewStore.ts'
import { makeCases, makeDataset } from '../../builders.ts'

// Ten small built cases stand in for the bundled ten; they keep the test quick.
const dataset = makeDataset({ cases: makeCases(10) })

describe('the cross-case screen', () => {
  it('shows one small multiple per case and opens a case in the explorer', async () => {
    const user = userEvent.setup()
    useViewStore.getState().showScreen('cross-case')
    render(<CrossCaseScreen dataset={dataset} />)
    const charts = screen.getAllByRole('img', {
      name: /^Aandeel invloed per partijtype, per fase: /,
    })
    expect(charts).toHaveLength(dataset.cases.length)
    const kase = dataset.cases[1]!
    await user.click(screen.getByRole('button', { name: 'Casus 2 openen in de verkenner' }))
    expect(useViewStore.getState()).toMatchObject({
      screen: 'explore',
      caseId: kase.id,
      phaseId: [...kase.phases].sort((a, b) => a.order - b.order)[0]?.id,
    })
  })

  it('draws the party-type network of the first and of the last phases side by side', () => {
    render(<CrossCaseScreen dataset={dataset} />)
    const first = screen.getByRole('img', { name: 'Eerste fasen' })
    const last = screen.getByRole('img', { name: 'Laatste fasen' })
    expect(first).toHaveAccessibleDescription(/^Invloed per partijtype: .*Burgers \d+%/)
    expect(last.querySelectorAll('circle')).toHaveLength(6)
    const links = screen.getByRole('table', { name: 'Relaties tussen partijtypen: Laatste fasen' })
    expect(within(links).getAllByRole('row').length).toBeGreaterThan(1)
  })
})
