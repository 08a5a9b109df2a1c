import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { buildCaseGraph } from '../../src/domain/caseGraph.ts'
import { Legend } from '../../src/features/legend/Legend.tsx'
import { useGraphOptionsStore } from '../../src/state/graphOptionsStore.ts'
import {
  makeActor,
  makeCase,
  makeDataset,
  makeParticipant,
  makePosition,
  makeRelation,
} from '../builders.ts'

const dataset = makeDataset()
const graph = buildCaseGraph(dataset, dataset.cases[0]!)

function section(name: string) {
  return within(screen.getByRole('region', { name }))
}

describe('legend', () => {
  it('lists only the party types of the case', () => {
    render(<Legend graph={graph} phaseId="verkenning" />)
    const parties = section('Partijen')
    expect(parties.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Burgers',
      'Maatschappelijke organisaties',
      'Overheid',
    ])
  })

  it('lists only the relation types drawn in the current phase', () => {
    const { rerender } = render(<Legend graph={graph} phaseId="verkenning" />)
    expect(
      section('Relaties')
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Financiering'])
    rerender(<Legend graph={graph} phaseId="opbouw" />)
    expect(
      section('Relaties')
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Financiering', 'Samenwerking'])
    rerender(<Legend graph={graph} phaseId="zelfstandig" />)
    expect(
      section('Relaties')
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Samenwerking'])
  })

  it('explains size, and shows the absent and arrow cues only when the phase uses them', () => {
    const { rerender } = render(<Legend graph={graph} phaseId="verkenning" />)
    const legend = within(screen.getByRole('complementary', { name: 'Legenda' }))
    expect(legend.getByText('Grootte = invloed in deze fase')).toBeInTheDocument()
    expect(legend.getByText('Niet actief in deze fase')).toBeInTheDocument()
    expect(legend.getByText('Pijl = richting')).toBeInTheDocument()
    rerender(<Legend graph={graph} phaseId="zelfstandig" />)
    expect(screen.getByText('Niet actief in deze fase')).toBeInTheDocument()
    expect(screen.queryByText('Pijl = richting')).not.toBeInTheDocument()
  })

  it('drops the absent cue when every actor takes part in the phase', () => {
    const kase = makeCase({
      participants: [makeParticipant(), makeParticipant({ actor: 'gemeente' })],
      phases: [makeCase().phases[0]!],
      relations: [makeRelation({ id: 'r' })],
    })
    const small = makeDataset({ cases: [kase] })
    render(<Legend graph={buildCaseGraph(small, kase)} phaseId="verkenning" />)
    expect(screen.queryByText('Niet actief in deze fase')).not.toBeInTheDocument()
    expect(section('Partijen').getAllByRole('listitem')).toHaveLength(2)
  })

  it('lists the worlds when colouring by life and system world', () => {
    useGraphOptionsStore.getState().setColourMode('world')
    const market = makeActor({ id: 'winkel', label: 'Winkel', partyType: 'markt' })
    const kase = makeCase({
      participants: [makeParticipant({ actor: 'winkel', positions: [makePosition()] })],
      phases: [makeCase().phases[0]!],
      relations: [],
    })
    const small = makeDataset({ actors: [market], cases: [kase] })
    render(<Legend graph={buildCaseGraph(small, kase)} phaseId="verkenning" />)
    expect(
      section('Werelden')
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Systeemwereld'])
    expect(screen.queryByRole('region', { name: 'Relaties' })).not.toBeInTheDocument()
  })
})
