import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { Dataset } from '../../../src/domain/schema.ts'
import { ImportDialog } from '../../../src/features/import/ImportDialog.tsx'

const ACTORS =
  'id;label;type;influence\nbewoners;Bewoners;burgers;6\ngemeente;Gemeente;overheid;12\nwelzijn;<script>alert(1)</script>;onbekend;3\n'
const RELATIONS = 'from;to;type\ngemeente;bewoners;financiering\nbewoners;spook;advies\n'

function setup() {
  const onImport = vi.fn<(dataset: Dataset, name: string) => void>()
  const onClose = vi.fn()
  const user = userEvent.setup()
  render(<ImportDialog onImport={onImport} onClose={onClose} />)
  return { onImport, onClose, user }
}

async function uploadPair(user: ReturnType<typeof userEvent.setup>) {
  await user.upload(screen.getByLabelText('Bestanden'), [
    new File([ACTORS], 'actors.csv', { type: 'text/csv' }),
    new File([RELATIONS], 'relations.csv', { type: 'text/csv' }),
  ])
}

describe('the import dialog', () => {
  it('shows a preview with the guessed mapping, then a report grouped by kind, and imports the valid part', async () => {
    const { onImport, user } = setup()
    await uploadPair(user)
    expect(await screen.findByRole('heading', { name: 'Kolommen koppelen' })).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Actor: partijtype' })).toHaveValue('type')
    const actorsPreview = screen.getByRole('table', { name: 'Eerste 3 van 3 actoren' })
    // Markup in a label is text, never HTML.
    expect(
      within(actorsPreview).getAllByText('<script>alert(1)</script>', { exact: false }).length,
    ).toBeGreaterThan(0)
    expect(document.querySelector('script')).toBeNull()
    await user.clear(screen.getByRole('textbox', { name: 'Naam van het netwerk' }))
    await user.type(screen.getByRole('textbox', { name: 'Naam van het netwerk' }), 'Mijn wijk')
    await user.click(screen.getByRole('button', { name: 'Controleren' }))

    expect(
      await screen.findByText('Klaar om te importeren: 3 actoren, 1 relaties, 1 fasen.'),
    ).toBeInTheDocument()
    const unknownRef = screen.getByRole('region', { name: 'Onbekende verwijzing' })
    expect(within(unknownRef).getByRole('cell', { name: 'relations.csv' })).toBeInTheDocument()
    expect(within(unknownRef).getByRole('cell', { name: 'regel 3' })).toBeInTheDocument()
    expect(within(unknownRef).getByRole('cell', { name: 'spook' })).toBeInTheDocument()
    expect(
      within(screen.getByRole('region', { name: 'Buiten het bereik' })).getByRole('cell', {
        name: '12',
      }),
    ).toBeInTheDocument()
    expect(screen.getByText('1 rij of bestand wordt weggelaten.')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Geldige deel importeren' }))
    expect(onImport).toHaveBeenCalledTimes(1)
    const [dataset, name] = onImport.mock.calls[0] ?? []
    expect(name).toBe('Mijn wijk')
    expect(dataset?.actors.map((a) => a.label)).toEqual([
      'Bewoners',
      'Gemeente',
      '<script>alert(1)</script>',
    ])
  })

  it('applies a changed mapping: another column as party type', async () => {
    const { onImport, user } = setup()
    await uploadPair(user)
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Actor: partijtype' }), '')
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Standaard partijtype' }),
      'markt',
    )
    await user.click(screen.getByRole('button', { name: 'Controleren' }))
    await user.click(await screen.findByRole('button', { name: 'Geldige deel importeren' }))
    expect(onImport.mock.calls[0]?.[0].actors.every((a) => a.partyType === 'markt')).toBe(true)
  })

  it('cancels without importing anything', async () => {
    const { onImport, onClose, user } = setup()
    await uploadPair(user)
    await user.click(await screen.findByRole('button', { name: 'Controleren' }))
    await user.click(await screen.findByRole('button', { name: 'Annuleren' }))
    expect(onClose).toHaveBeenCalled()
    expect(onImport).not.toHaveBeenCalled()
  })

  it('reads pasted CSV text', async () => {
    const { onImport, user } = setup()
    await user.click(screen.getByRole('textbox', { name: 'Relaties (CSV)' }))
    await user.paste('source,target\nA,B\n')
    await user.click(screen.getByRole('button', { name: 'Geplakte tekst lezen' }))
    await user.click(await screen.findByRole('button', { name: 'Controleren' }))
    await user.click(await screen.findByRole('button', { name: 'Importeren' }))
    expect(onImport.mock.calls[0]?.[0].actors.map((a) => a.id)).toEqual(['a', 'b'])
  })

  it('refuses a binary file with a message and offers no import', async () => {
    const { onImport, user } = setup()
    await user.upload(
      screen.getByLabelText('Bestanden'),
      new File([new Uint8Array([0x89, 0x50, 0, 0, 1])], 'foto.csv'),
    )
    expect(await screen.findByRole('alert')).toHaveTextContent('Er is niets bruikbaars gevonden.')
    expect(screen.getByRole('region', { name: 'Tekencodering' })).toHaveTextContent(/binary data/)
    expect(screen.queryByRole('button', { name: /importeren/i })).toBeNull()
    expect(onImport).not.toHaveBeenCalled()
  })
})
