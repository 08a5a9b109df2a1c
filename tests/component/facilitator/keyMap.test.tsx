import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { buildCaseGraph } from '../../../src/domain/caseGraph.ts'
import { PhaseStepper } from '../../../src/features/phase-stepper/PhaseStepper.tsx'
import { HelpOverlay } from '../../../src/features/presentation/HelpOverlay.tsx'
import { KeyMap } from '../../../src/features/presentation/KeyMap.tsx'
import { useAnalysisStore } from '../../../src/state/analysisStore.ts'
import { usePresentationStore } from '../../../src/state/presentationStore.ts'
import { useStoryboardStore } from '../../../src/state/storyboardStore.ts'
import { useViewStore } from '../../../src/state/viewStore.ts'
import { makeDataset } from '../../builders.ts'
import { resetFacilitatorStores } from './resetStores.ts'

const PHASES = ['verkenning', 'opbouw', 'zelfstandig'] as const

function Harness() {
  const phaseId = useViewStore((s) => s.phaseId) ?? 'verkenning'
  return <KeyMap phaseIds={PHASES} phaseId={phaseId} />
}

function renderKeys(extra: React.ReactNode = null) {
  const user = userEvent.setup()
  render(
    <>
      {extra}
      <Harness />
      <HelpOverlay />
    </>,
  )
  return user
}

const phase = () => useViewStore.getState().phaseId
const presentation = () => usePresentationStore.getState()

const view = {
  caseId: 'buurthuis',
  diff: false,
  sizeBy: 'influence',
  spotlight: [],
  filters: {
    hiddenPartyTypes: [],
    hiddenRelationTypes: [],
    minInfluence: 0,
    minStrength: 1,
    expand: null,
  },
  viewport: null,
}

describe('the key map', () => {
  beforeEach(() => {
    resetFacilitatorStores()
    useViewStore.getState().openCase('buurthuis', 'verkenning')
  })

  it('steps through the phases with the arrows and with PageUp/PageDown (clickers)', async () => {
    const user = renderKeys()
    await user.keyboard('{PageDown}')
    expect(phase()).toBe('opbouw')
    await user.keyboard('{ArrowRight}')
    expect(phase()).toBe('zelfstandig')
    await user.keyboard('{ArrowRight}')
    expect(phase()).toBe('zelfstandig')
    await user.keyboard('{PageUp}')
    expect(phase()).toBe('opbouw')
    await user.keyboard('{ArrowLeft}')
    expect(phase()).toBe('verkenning')
  })

  it('jumps with Home, End and the digits', async () => {
    const user = renderKeys()
    await user.keyboard('{End}')
    expect(phase()).toBe('zelfstandig')
    await user.keyboard('{Home}')
    expect(phase()).toBe('verkenning')
    await user.keyboard('2')
    expect(phase()).toBe('opbouw')
    await user.keyboard('9')
    expect(phase()).toBe('zelfstandig')
  })

  it('steps one phase per key press with the phase stepper on screen too (one key map)', async () => {
    const dataset = makeDataset()
    const graph = buildCaseGraph(dataset, dataset.cases[0]!)
    const user = renderKeys(<PhaseStepper phases={graph.phases} phaseId="verkenning" />)
    await user.keyboard('{ArrowRight}')
    expect(phase()).toBe('opbouw')
  })

  it('enters and leaves presentation mode with P and Esc, and blanks with B only while presenting', async () => {
    const user = renderKeys()
    await user.keyboard('b')
    expect(presentation().blank).toBe(false)
    await user.keyboard('p')
    expect(presentation().on).toBe(true)
    await user.keyboard('b')
    expect(presentation().blank).toBe(true)
    await user.keyboard('{Escape}')
    expect(presentation().on).toBe(false)
    expect(presentation().blank).toBe(false)
  })

  it('toggles the legend (L), cycles the size measure (S) and toggles the diff (D)', async () => {
    const user = renderKeys()
    await user.keyboard('l')
    expect(presentation().legendVisible).toBe(false)
    await user.keyboard('s')
    expect(useAnalysisStore.getState().sizeBy).toBe('degree')
    await user.keyboard('s')
    expect(useAnalysisStore.getState().sizeBy).toBe('betweenness')
    await user.keyboard('d')
    expect(useAnalysisStore.getState().diff).toBe(true)
  })

  it('leaves E alone: it belongs to the export dialog', async () => {
    const user = renderKeys()
    const before = JSON.stringify({ ...presentation(), ...useAnalysisStore.getState() })
    await user.keyboard('e')
    expect(JSON.stringify({ ...presentation(), ...useAnalysisStore.getState() })).toBe(before)
    expect(phase()).toBe('verkenning')
  })

  it('fires no key while the user types in a field', async () => {
    const user = renderKeys(
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
    await user.keyboard('psdlb2{ArrowRight}{PageDown}{End}?')
    await user.click(screen.getByRole('textbox', { name: 'Notitie' }))
    await user.keyboard('p{PageDown}')
    await user.click(screen.getByRole('textbox', { name: 'Bewerkbaar' }))
    await user.keyboard('p{ArrowRight}')
    expect(phase()).toBe('verkenning')
    expect(presentation().on).toBe(false)
    expect(presentation().helpOpen).toBe(false)
    expect(useAnalysisStore.getState()).toMatchObject({ sizeBy: 'influence', diff: false })
  })

  it('still fires on a checkbox or radio button, which take no typing', async () => {
    const user = renderKeys(<input type="checkbox" aria-label="Opbouw" />)
    await user.click(screen.getByRole('checkbox', { name: 'Opbouw' }))
    await user.keyboard('p')
    expect(presentation().on).toBe(true)
  })

  it('ignores keys with Ctrl, Alt or Meta held', async () => {
    const user = renderKeys()
    await user.keyboard('{Control>}{ArrowRight}p{/Control}{Alt>}{PageDown}s{/Alt}{Meta>}d{/Meta}')
    expect(phase()).toBe('verkenning')
    expect(presentation().on).toBe(false)
    expect(useAnalysisStore.getState()).toMatchObject({ sizeBy: 'influence', diff: false })
  })

  it('opens a help that lists every key, and closes it with Esc', async () => {
    const user = renderKeys()
    await user.keyboard('?')
    const dialog = screen.getByRole('dialog', { name: 'Sneltoetsen' })
    const rows = within(dialog).getAllByRole('row').slice(1)
    expect(rows.map((row) => row.textContent)).toEqual([
      '← / PageUpVorige fase of dia',
      '→ / PageDownVolgende fase of dia',
      'HomeEerste fase of dia',
      'EndLaatste fase of dia',
      '1 – 9Naar fase 1–9',
      'PPresentatie starten/stoppen',
      'FVolledig scherm aan/uit',
      'LLegenda tonen/verbergen',
      'SVolgende maat voor knoopgrootte',
      'DVerschil met vorige fase aan/uit',
      'BScherm zwart maken',
      'EscPresentatie verlaten',
      '?Deze hulp tonen',
    ])
    expect(within(dialog).getByRole('button', { name: 'Sluiten' })).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('steps slides instead of phases while a storyboard is presented', async () => {
    const store = useStoryboardStore.getState()
    for (const [i, phaseId] of PHASES.entries())
      store.addSlide({ ...view, phaseId }, `Dia ${i + 1}`)
    store.startPresenting(0)
    const user = renderKeys()
    await user.keyboard('{PageDown}')
    expect(useStoryboardStore.getState().index).toBe(1)
    await user.keyboard('{End}')
    expect(useStoryboardStore.getState().index).toBe(2)
    await user.keyboard('{PageUp}{Home}')
    expect(useStoryboardStore.getState().index).toBe(0)
    await user.keyboard('p{Escape}')
    expect(useStoryboardStore.getState().presenting).toBe(false)
  })
})
