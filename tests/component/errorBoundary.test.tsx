import { QueryClient } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { AppProviders } from '../../src/app/AppProviders.tsx'
import { parseDataset } from '../../src/domain/validate.ts'
import { makeCases, makeDataset } from '../builders.ts'

function Broken(): never {
  throw new Error('kapot')
}

describe('error boundary', () => {
  it('shows a readable screen instead of a blank page when rendering fails', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {})
    render(
      <AppProviders client={new QueryClient()}>
        <Broken />
      </AppProviders>,
    )
    expect(screen.getByRole('heading', { name: 'Er ging iets mis' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Pagina herladen' })).toBeInTheDocument()
    expect(screen.getByText('kapot')).toBeInTheDocument()
    quiet.mockRestore()
  })
})

describe('test builders', () => {
  it('build datasets that pass the one gate', () => {
    expect(parseDataset(makeDataset())).toMatchObject({ ok: true, warnings: [] })
    expect(parseDataset(makeDataset({ cases: makeCases(10) }))).toMatchObject({ ok: true })
  })
})
