import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { WorkspaceNotices } from '../../../src/features/workspaces/WorkspaceNotices.tsx'
import { useStorageStatusStore } from '../../../src/state/storageStatusStore.ts'
import { useWorkspaceStore } from '../../../src/state/workspaceStore.ts'
import { makeDataset } from '../../unit/domain/builders.ts'
import { resetEditingStores } from './editingTestUtils.ts'

beforeEach(() => {
  resetEditingStores()
  useWorkspaceStore.getState().addWorkspace(makeDataset({ title: 'Mijn buurt' }), 'Mijn buurt')
})

describe('WorkspaceNotices', () => {
  it('reports a full quota and offers to export the open workspace as a file', async () => {
    const user = userEvent.setup()
    // jsdom has no object URLs; give it one for this test only.
    const createObjectURL = vi.fn(() => 'blob:x')
    const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL }
    URL.createObjectURL = createObjectURL
    URL.revokeObjectURL = vi.fn()
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    useStorageStatusStore.setState({ problem: { kind: 'quota', detail: 'QuotaExceededError' } })
    render(<WorkspaceNotices />)
    expect(screen.getByRole('alert')).toHaveTextContent('de opslag van deze browser is vol')
    await user.click(screen.getByRole('button', { name: 'Exporteer als bestand' }))
    expect(createObjectURL).toHaveBeenCalledTimes(1)
    expect(click).toHaveBeenCalledTimes(1)
    const link = click.mock.contexts[0] as HTMLAnchorElement
    expect(link.download).toBe('mijn-buurt.json')
    click.mockRestore()
    URL.createObjectURL = original.create
    URL.revokeObjectURL = original.revoke
  })

  it('says when the browser allows no storage at all', () => {
    useStorageStatusStore.setState({ problem: { kind: 'unavailable', detail: 'SecurityError' } })
    render(<WorkspaceNotices />)
    expect(screen.getByRole('alert')).toHaveTextContent('geen opslag toe')
  })
})
