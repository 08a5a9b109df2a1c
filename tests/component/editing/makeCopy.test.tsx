import 'fake-indexeddb/auto'
import { screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { useWorkspaceStore } from '../../../src/state/workspaceStore.ts'
import { makeDataset } from '../../unit/domain/builders.ts'
import { renderApp, stubDatasetFetch } from '../renderApp.tsx'
import { resetEditingStores } from './editingTestUtils.ts'

beforeEach(() => {
  resetEditingStores()
  stubDatasetFetch(makeDataset())
})

describe('a bundled case is read-only until copied', { timeout: 20_000 }, () => {
  it('shows no edit controls, and "Maak een kopie" opens an editable copy in a workspace', async () => {
    const { user } = renderApp('/?case=casus-1&phase=fase-2')
    const copy = await screen.findByRole('button', { name: 'Maak een kopie' })
    expect(screen.getByText(/alleen te lezen/)).toBeInTheDocument()
    expect(screen.queryByRole('toolbar', { name: 'Bewerken' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Ongedaan maken' })).not.toBeInTheDocument()

    await user.click(copy)
    const toolbar = await screen.findByRole('toolbar', { name: 'Bewerken' })
    expect(within(toolbar).getByRole('button', { name: 'Bewerken' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    const [workspace] = useWorkspaceStore.getState().workspaces
    expect(workspace?.name).toBe('Kopie van Een buurthuis')
    expect(workspace?.dataset.cases.map((c) => c.id)).toEqual(['casus-1'])
    await waitFor(() =>
      expect(new URLSearchParams(window.location.search).get('ws')).toBe(workspace?.id),
    )
    // The view stays where it was: same case, same phase.
    expect(new URLSearchParams(window.location.search).get('phase')).toBe('fase-2')
    expect(screen.queryByRole('button', { name: 'Maak een kopie' })).not.toBeInTheDocument()
  })
})
