import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { buildCaseGraph } from '../../../src/domain/caseGraph.ts'
import { CaseEditBar } from '../../../src/features/editing/CaseEditBar.tsx'
import { TableEditor } from '../../../src/features/editing/TableEditor.tsx'
import { useEditStore } from '../../../src/state/editStore.ts'
import { useViewStore } from '../../../src/state/viewStore.ts'
import { useWorkspaceStore } from '../../../src/state/workspaceStore.ts'
import { makeDataset } from '../../unit/domain/builders.ts'
import { activeWorkspace, resetEditingStores } from './editingTestUtils.ts'

/** The edit bar and the tables of the open workspace's case, re-rendered from the stores. */
function Editor() {
  const ws = useWorkspaceStore((s) => s.workspaces.find((w) => w.id === s.activeId))
  const phaseId = useViewStore((s) => s.phaseId) ?? 'fase-1'
  if (!ws) return null
  const kase = ws.dataset.cases[0]!
  const graph = buildCaseGraph(ws.dataset, kase)
  return (
    <>
      <CaseEditBar dataset={ws.dataset} caseId={kase.id} />
      <TableEditor workspace={ws} graph={graph} phaseId={phaseId} />
    </>
  )
}

const kase = () => activeWorkspace()!.dataset.cases[0]!

beforeEach(() => {
  resetEditingStores()
  useWorkspaceStore.getState().addWorkspace(makeDataset(), 'Proef')
  useEditStore.getState().setEditing(true)
  useViewStore.getState().openCase('casus-1', 'fase-1')
})

// Tables of selects and sliders are slow to query in jsdom.
describe('TableEditor', { timeout: 20_000 }, () => {
  it('renames an actor, changes its party and its influence with the tower', async () => {
    const user = userEvent.setup()
    render(<Editor />)
    const actors = screen.getByRole('region', { name: 'Actoren' })
    const names = within(actors).getAllByRole('textbox', { name: 'Naam' })
    await user.clear(names[1]!)
    await user.paste('Stadsdeel')
    await user.keyboard('{Enter}')
    expect(activeWorkspace()!.dataset.actors.find((a) => a.id === 'gemeente')?.label).toBe(
      'Stadsdeel',
    )

    await user.selectOptions(
      within(actors).getByRole('combobox', { name: 'Partij: Stadsdeel' }),
      'Markt',
    )
    expect(activeWorkspace()!.dataset.actors.find((a) => a.id === 'gemeente')?.partyType).toBe(
      'markt',
    )

    const tower = within(actors).getByRole('slider', { name: 'Invloed van Stadsdeel in Groei' })
    tower.focus()
    await user.keyboard('{ArrowUp}{ArrowUp}')
    const position = kase().participants.find((p) => p.actor === 'gemeente')?.positions[1]
    expect(position).toMatchObject({ phase: 'fase-2', influence: 5 })
  })

  it('takes an actor out of a phase and back in, and adds a new actor', async () => {
    const user = userEvent.setup()
    render(<Editor />)
    await user.click(screen.getByRole('checkbox', { name: 'Haal Woningcorporatie uit Groei' }))
    expect(
      kase()
        .participants.find((p) => p.actor === 'corporatie')
        ?.positions.map((p) => p.phase),
    ).toEqual(['fase-3'])
    await user.click(
      screen.getByRole('checkbox', { name: 'Laat Woningcorporatie meedoen in Start' }),
    )
    expect(
      screen.getByRole('slider', { name: 'Invloed van Woningcorporatie in Start' }),
    ).toBeInTheDocument()

    await user.click(screen.getByRole('textbox', { name: 'Naam van de nieuwe actor' }))
    await user.paste('Buurtteam')
    await user.keyboard('{Enter}')
    expect(screen.getByRole('slider', { name: 'Invloed van Buurtteam in Start' })).toHaveAttribute(
      'aria-valuenow',
      '2',
    )
  })

  it('edits a relation and tells why an impossible edit is refused', async () => {
    const user = userEvent.setup()
    render(<Editor />)
    const relations = screen.getByRole('region', { name: 'Relaties' })
    await user.selectOptions(
      within(relations).getByRole('combobox', { name: 'Sterkte: Bewoners – Gemeente' }),
      '3',
    )
    await user.selectOptions(
      within(relations).getByRole('combobox', { name: 'Soort: Bewoners – Gemeente' }),
      'Conflict',
    )
    expect(kase().relations[0]).toMatchObject({ strength: 3, type: 'conflict' })
    // Woningcorporatie is absent in Start, so its relation cannot hold there.
    await user.click(
      within(relations).getByRole('checkbox', {
        name: 'Geldt in Start: Gemeente – Woningcorporatie',
      }),
    )
    expect(screen.getByRole('status')).toHaveTextContent('Beide actoren moeten meedoen')
    expect(kase().relations[1]?.phases).toEqual(['fase-2', 'fase-3'])
  })

  it('copies a phase as the start of the next and reorders phases', async () => {
    const user = userEvent.setup()
    render(<Editor />)
    await user.click(
      screen.getByRole('button', { name: 'Kopieer Groei als begin van een nieuwe fase' }),
    )
    expect(kase().phases.map((p) => p.label)).toEqual([
      'Start',
      'Groei',
      'Groei (vervolg)',
      'Borging',
    ])
    expect(useViewStore.getState().phaseId).toBe('groei-vervolg')
    await user.click(screen.getByRole('button', { name: 'Groei (vervolg) later' }))
    expect(kase().phases.map((p) => p.label)).toEqual([
      'Start',
      'Groei',
      'Borging',
      'Groei (vervolg)',
    ])
  })

  it('undoes and redoes with the buttons and Ctrl+Z / Shift+Ctrl+Z, but not while typing', async () => {
    const user = userEvent.setup()
    render(<Editor />)
    const undo = screen.getByRole('button', { name: 'Ongedaan maken' })
    expect(undo).toBeDisabled()
    await user.click(screen.getByRole('button', { name: 'Verwijder Bewoners' }))
    expect(kase().participants.map((p) => p.actor)).toEqual(['gemeente', 'corporatie'])
    await user.click(undo)
    expect(kase().participants.map((p) => p.actor)).toEqual(['bewoners', 'gemeente', 'corporatie'])
    await user.click(screen.getByRole('button', { name: 'Opnieuw' }))
    expect(kase().participants).toHaveLength(2)

    await user.click(document.body)
    await user.keyboard('{Control>}z{/Control}')
    expect(kase().participants).toHaveLength(3)
    await user.keyboard('{Shift>}{Control>}z{/Control}{/Shift}')
    expect(kase().participants).toHaveLength(2)

    screen.getByRole('textbox', { name: 'Naam van de nieuwe actor' }).focus()
    await user.keyboard('{Control>}z{/Control}')
    expect(kase().participants).toHaveLength(2)
  })
})
