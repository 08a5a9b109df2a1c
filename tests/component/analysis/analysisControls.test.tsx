import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { CaseGraph } from '../../../src/domain/caseGraph.ts'
import {
  AnalysisControls,
  DiffLegend,
  SizeScaleCue,
} from '../../../src/features/analysis-controls/index.ts'
import { Legend } from '../../../src/features/legend/Legend.tsx'
import { useAnalysisStore } from '../../../src/state/analysisStore.ts'
import { makeCaseGraph, SHIFT_CASE } from '../../unit/metrics/builders.ts'

const graph = makeCaseGraph(SHIFT_CASE)

function Aside({ graph, phaseId }: { graph: CaseGraph; phaseId: string }) {
  return (
    <>
      <AnalysisControls graph={graph} phaseId={phaseId} />
      <Legend graph={graph} phaseId={phaseId} sizeCue={<SizeScaleCue graph={graph} />}>
        <DiffLegend graph={graph} phaseId={phaseId} />
      </Legend>
    </>
  )
}

const legend = () => within(screen.getByRole('complementary', { name: 'Legenda' }))

describe('the size-by control', () => {
  it('offers the four measures and shows the chosen one’s scale in the legend', async () => {
    const user = userEvent.setup()
    render(<Aside graph={graph} phaseId="p2" />)
    const select = screen.getByRole('combobox', { name: 'Grootte naar' })
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Invloed', 'Aantal relaties', 'Tussenpositie', 'PageRank'])
    expect(legend().getByText('Grootte: Invloed')).toBeInTheDocument()
    expect(legend().getByText('8')).toBeInTheDocument()
    await user.selectOptions(select, 'Aantal relaties')
    expect(useAnalysisStore.getState().sizeBy).toBe('degree')
    expect(legend().getByText('Grootte: Aantal relaties')).toBeInTheDocument()
    expect(legend().getByText('Dezelfde schaal in alle fasen van deze casus')).toBeInTheDocument()
    expect(legend().queryByText('8')).not.toBeInTheDocument()
  })
})

describe('the diff toggle and its legend', () => {
  it('is disabled in the first phase and says why', () => {
    render(<Aside graph={graph} phaseId="p1" />)
    const toggle = screen.getByRole('button', { name: 'Verschil met vorige fase' })
    expect(toggle).toBeDisabled()
    expect(toggle).toHaveAccessibleDescription(/eerste fase: er is nog geen vorige fase/)
  })

  it('turns the diff on and explains its styles in the legend', async () => {
    const user = userEvent.setup()
    render(<Aside graph={graph} phaseId="p2" />)
    expect(legend().queryByRole('region', { name: 'Verschil met vorige fase' })).toBeNull()
    const toggle = screen.getByRole('button', { name: 'Verschil met vorige fase' })
    expect(toggle).toHaveAccessibleDescription('Vergeleken met: p1')
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-pressed', 'true')
    expect(useAnalysisStore.getState().diff).toBe(true)
    const section = legend().getByRole('region', { name: 'Verschil met vorige fase' })
    const items = within(section)
      .getAllByRole('listitem')
      .map((li) => li.textContent)
    expect(items).toEqual(
      expect.arrayContaining([
        'Nieuwe relatie (groene gloed)',
        'Beëindigde relatie (gestreept, vaag)',
        '+Sterker geworden (+)',
        '−Zwakker geworden (−)',
        '▲ gestegen in Invloed',
        'Nieuw in deze fase (★ nieuw)',
        'Rol veranderd (+ nieuwe rol, − oude rol)',
      ]),
    )
  })
})
