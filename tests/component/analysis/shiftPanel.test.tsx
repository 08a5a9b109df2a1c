import { render, screen, within } from '@testing-library/react'
import { act } from 'react'
import { describe, expect, it } from 'vitest'
import ShiftPanel from '../../../src/features/shift-panel/ShiftPanel.tsx'
import { useLocaleStore } from '../../../src/state/localeStore.ts'
import { makeCaseGraph, SHIFT_CASE } from '../../unit/metrics/builders.ts'

// SHIFT_CASE: p1 scores gem 8, corp 4, bew 2, ondern 1; p2 gem 4, corp 4, bew 6, coop 2.
const graph = makeCaseGraph(SHIFT_CASE)

describe('the shift panel', () => {
  it('draws the party types’ shares per phase as an SVG chart with a title and description', () => {
    render(<ShiftPanel graph={graph} />)
    const chart = screen.getByRole('img', { name: 'Aandeel invloed per partijtype, per fase' })
    expect(chart.tagName.toLowerCase()).toBe('svg')
    expect(chart).toHaveAccessibleDescription(
      /Gestapelde staven, één per fase\. 1\. p1: .*Burgers 13%/,
    )
    // Colour is not the only cue: every drawn segment is filled with its party type's pattern.
    const fills = [...chart.querySelectorAll('rect[fill^="url(#"]')].map((r) =>
      r.getAttribute('fill'),
    )
    expect(fills.some((f) => f?.endsWith('-burgers)'))).toBe(true)
    expect(fills.some((f) => f?.endsWith('-overheid)'))).toBe(true)
  })

  it('gives the chart’s numbers as a table for screen readers', () => {
    render(<ShiftPanel graph={graph} />)
    const table = screen.getByRole('table', { name: /Aandeel invloed per partijtype \(procent/ })
    const row = within(table).getByRole('row', { name: /^1\. p1/ })
    const cells = within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent)
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((c) => c.textContent)
    expect(cells[headers.indexOf('Overheid') - 1]).toBe('53%')
    expect(cells[headers.indexOf('Burgers') - 1]).toBe('13%')
  })

  it('lists the phase-level measures with arrows against the previous phase', () => {
    render(<ShiftPanel graph={graph} />)
    const table = screen.getByRole('table', { name: /Kolommen zijn de fasen/ })
    const hhi = within(table).getByRole('row', { name: /HHI/ })
    const cells = within(hhi).getAllByRole('cell')
    // HHI p1 = (64+16+4+1)/225 = 0.378; p2 = (16+16+36+4)/256 = 0.281.
    expect(cells[0]).toHaveTextContent(/^0,38$/)
    expect(cells[1]).toHaveTextContent('0,28 ▼ (lager dan de fase ervoor)')
    const actors = within(table).getByRole('row', { name: /Actoren/ })
    expect(within(actors).getAllByRole('cell')[1]).toHaveTextContent(/^4$/)
    const top = within(table).getByRole('row', { name: /Aandeel invloedrijkste partij/ })
    expect(
      within(top)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['53%', '38%', '38%'])
    const names = screen.getByText('Invloedrijkste partij per fase:')
      .nextElementSibling as HTMLElement
    expect(
      within(names)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Gemeente', 'Bewonersgroep', 'Bewonersgroep'])
  })

  it('summarises each transition in plain Dutch, and in English when chosen', () => {
    render(<ShiftPanel graph={graph} />)
    const first = screen.getByRole('heading', { name: 'p1 → p2' }).nextElementSibling as HTMLElement
    const sentences = within(first)
      .getAllByRole('listitem')
      .map((li) => li.textContent)
    expect(sentences).toContain('Bewoners: invloed 13% → 50%.')
    expect(sentences.at(-1)).toBe('De macht is minder geconcentreerd (HHI 0,38 → 0,28).')
    act(() => useLocaleStore.getState().setLang('en'))
    const english = screen.getByRole('heading', { name: 'p1 → p2' })
      .nextElementSibling as HTMLElement
    expect(
      within(english)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toContain('Residents: influence 13% → 50%.')
    expect(screen.getByRole('heading', { name: 'What changed?' })).toBeInTheDocument()
  })
})
