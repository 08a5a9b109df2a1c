import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { buildCaseGraph } from '../../src/domain/caseGraph.ts'
import { PhaseStepper } from '../../src/features/phase-stepper/PhaseStepper.tsx'
import { KeyMap } from '../../src/features/presentation/KeyMap.tsx'
import { useViewStore } from '../../src/state/viewStore.ts'
import { makeDataset } from '../builders.ts'

const dataset = makeDataset()
const graph = buildCaseGraph(dataset, dataset.cases[0]!)

/** The stepper as the app renders it: it reads the phase from the store. */
function Stepper() {
  const phaseId = useViewStore((s) => s.phaseId) ?? 'verkenning'
  return <PhaseStepper phases={graph.phases} phaseId={phaseId} />
}

/** The stepper with the explorer's key map, which owns ← and → (one listener, no double steps). */
function renderStepper(extra: React.ReactNode = null) {
  const user = userEvent.setup()
  render(
    <>
      {extra}
      <Stepper />
      <StepperKeys />
    </>,
  )
  return user
}

const phase = () => useViewStore.getState().phaseId

function StepperKeys() {
  const phaseId = useViewStore((s) => s.phaseId) ?? 'verkenning'
  return <KeyMap phaseIds={graph.phases.map((p) => p.id)} phaseId={phaseId} />
}

describe('phase stepper', () => {
  beforeEach(() => useViewStore.getState().openCase('buurthuis', 'verkenning'))

  it('lists the phases in order and marks the current one with aria-current', () => {
    renderStepper()
    const nav = screen.getByRole('navigation', { name: 'Fasen' })
    expect(nav).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Fase 1: Verkenning' })).toHaveAttribute(
      'aria-current',
      'step',
    )
    expect(screen.getByRole('button', { name: 'Fase 2: Opbouw' })).not.toHaveAttribute(
      'aria-current',
    )
    expect(screen.getByRole('button', { name: 'Fase 3: Zelfstandig' })).toBeInTheDocument()
  })

  it('shows the narrative of the current phase', async () => {
    const user = renderStepper()
    expect(
      screen.getByText('Bewoners verkennen samen wat de buurt nodig heeft.'),
    ).toBeInTheDocument()
    expect(screen.getByText('Fase 1 van 3', { exact: false })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Fase 2: Opbouw' }))
    expect(screen.getByText('De gemeente financiert een kwartiermaker.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Fase 2: Opbouw' })).toHaveAttribute(
      'aria-current',
      'step',
    )
  })

  it('steps with the previous and next buttons, which stay focusable at the ends', async () => {
    const user = renderStepper()
    const previous = screen.getByRole('button', { name: 'Vorige fase' })
    const next = screen.getByRole('button', { name: 'Volgende fase' })
    expect(previous).toHaveAttribute('aria-disabled', 'true')
    await user.click(next)
    expect(phase()).toBe('opbouw')
    await user.click(next)
    expect(phase()).toBe('zelfstandig')
    expect(next).toHaveAttribute('aria-disabled', 'true')
    await user.click(next)
    expect(phase()).toBe('zelfstandig')
    await user.click(previous)
    expect(phase()).toBe('opbouw')
  })

  it('steps with the ← and → keys from anywhere on the page', async () => {
    const user = renderStepper()
    await user.keyboard('{ArrowRight}')
    expect(phase()).toBe('opbouw')
    await user.keyboard('{ArrowRight}{ArrowRight}')
    expect(phase()).toBe('zelfstandig')
    await user.keyboard('{ArrowLeft}')
    expect(phase()).toBe('opbouw')
  })

  it('leaves the arrow keys alone while the user types in a field', async () => {
    const user = renderStepper(
      <>
        <input aria-label="Zoeken" />
        <textarea aria-label="Notitie" />
        <div
          contentEditable
          aria-label="Bewerkbaar"
          role="textbox"
          suppressContentEditableWarning
        />
      </>,
    )
    await user.click(screen.getByRole('textbox', { name: 'Zoeken' }))
    await user.keyboard('abc{ArrowRight}{ArrowLeft}{ArrowRight}')
    await user.click(screen.getByRole('textbox', { name: 'Notitie' }))
    await user.keyboard('{ArrowRight}')
    await user.click(screen.getByRole('textbox', { name: 'Bewerkbaar' }))
    await user.keyboard('{ArrowRight}')
    expect(phase()).toBe('verkenning')
  })

  it('ignores arrow keys with a modifier held', async () => {
    const user = renderStepper()
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}{Control>}{ArrowRight}{/Control}')
    expect(phase()).toBe('verkenning')
  })
})
