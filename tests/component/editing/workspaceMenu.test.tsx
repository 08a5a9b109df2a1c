import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { WorkspaceMenu } from '../../../src/features/workspaces/WorkspaceMenu.tsx'
import { useViewStore } from '../../../src/state/viewStore.ts'
import { useWorkspaceStore } from '../../../src/state/workspaceStore.ts'
import { makeDataset } from '../../unit/domain/builders.ts'
import { resetEditingStores } from './editingTestUtils.ts'

const names = () => useWorkspaceStore.getState().workspaces.map((w) => w.name)

beforeEach(() => {
  resetEditingStores()
  const store = useWorkspaceStore.getState()
  store.addWorkspace(makeDataset(), 'Buurt Noord')
  store.addWorkspace(makeDataset(), 'Buurt Zuid')
  store.openWorkspace(null)
})

describe('WorkspaceMenu ("Mijn netwerken")', () => {
  it('lists the workspaces and opens one at its first case', async () => {
    const user = userEvent.setup()
    render(<WorkspaceMenu />)
    const toggle = screen.getByRole('button', { name: 'Mijn netwerken (2)' })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await user.click(toggle)
    const panel = screen.getByRole('region', { name: 'Mijn netwerken' })
    expect(within(panel).getByRole('button', { name: /Voorbeeldcasussen/ })).toHaveAttribute(
      'aria-current',
      'true',
    )
    await user.click(within(panel).getByRole('button', { name: 'Buurt Zuid' }))
    const zuid = useWorkspaceStore.getState().workspaces[1]!
    expect(useWorkspaceStore.getState().activeId).toBe(zuid.id)
    expect(useViewStore.getState()).toMatchObject({ caseId: 'casus-1', phaseId: 'fase-1' })
  })

  it('renames a workspace inline', async () => {
    const user = userEvent.setup()
    render(<WorkspaceMenu />)
    await user.click(screen.getByRole('button', { name: /Mijn netwerken/ }))
    await user.click(screen.getByRole('button', { name: 'Hernoem Buurt Noord' }))
    const field = screen.getByRole('textbox', { name: 'Nieuwe naam' })
    await user.clear(field)
    await user.type(field, 'Oost{Enter}')
    expect(names()).toEqual(['Oost', 'Buurt Zuid'])
  })

  it('deletes only after confirmation, offers an export first, and can restore', async () => {
    const user = userEvent.setup()
    render(<WorkspaceMenu />)
    await user.click(screen.getByRole('button', { name: /Mijn netwerken/ }))
    await user.click(screen.getByRole('button', { name: 'Verwijder Buurt Noord' }))
    const confirm = screen.getByRole('alertdialog', { name: '"Buurt Noord" verwijderen?' })
    expect(within(confirm).getByRole('button', { name: 'Eerst exporteren' })).toBeInTheDocument()
    await user.click(within(confirm).getByRole('button', { name: 'Annuleren' }))
    expect(names()).toEqual(['Buurt Noord', 'Buurt Zuid'])

    await user.click(screen.getByRole('button', { name: 'Verwijder Buurt Noord' }))
    await user.click(screen.getByRole('button', { name: 'Verwijderen' }))
    expect(names()).toEqual(['Buurt Zuid'])
    expect(screen.getByRole('status')).toHaveTextContent('"Buurt Noord" is verwijderd.')
    await user.click(screen.getByRole('button', { name: 'Terugzetten' }))
    expect(names()).toEqual(['Buurt Zuid', 'Buurt Noord'])
  })
})
