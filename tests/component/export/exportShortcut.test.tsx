import { fireEvent, render, screen } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { ExportButton } from '../../../src/features/export/ExportButton.tsx'
import { useExportShortcut } from '../../../src/features/export/useExportShortcut.ts'
import { useExportStore } from '../../../src/state/exportStore.ts'
import { useViewStore } from '../../../src/state/viewStore.ts'

function Harness() {
  useExportShortcut()
  return (
    <>
      <label>
        Notitie
        <input />
      </label>
      <ExportButton />
    </>
  )
}

const initialExport = useExportStore.getState()
const initialView = useViewStore.getState()

beforeEach(() => {
  useExportStore.setState(initialExport, true)
  useViewStore.setState(initialView, true)
  useViewStore.getState().openCase('jan-eef', 'jan-eef-1')
})

const isOpen = () => useExportStore.getState().dialogOpen

describe('opening the export dialog', () => {
  it('opens with E anywhere on the page, but not while typing', () => {
    render(<Harness />)
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Notitie' }), { key: 'e' })
    expect(isOpen()).toBe(false)
    fireEvent.keyDown(document.body, { key: 'e', ctrlKey: true })
    expect(isOpen()).toBe(false)
    fireEvent.keyDown(document.body, { key: 'E' })
    expect(isOpen()).toBe(true)
  })

  it('ignores E when no network is shown', () => {
    useViewStore.getState().closeCase()
    render(<Harness />)
    fireEvent.keyDown(document.body, { key: 'e' })
    expect(isOpen()).toBe(false)
  })

  it('opens from the toolbar button, which announces its shortcut', () => {
    render(<Harness />)
    const button = screen.getByRole('button', { name: 'Exporteren' })
    expect(button.getAttribute('aria-keyshortcuts')).toBe('E')
    fireEvent.click(button)
    expect(isOpen()).toBe(true)
  })
})
