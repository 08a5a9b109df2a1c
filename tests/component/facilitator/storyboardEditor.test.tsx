import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { buildCaseGraph } from '../../../src/domain/caseGraph.ts'
import { StoryboardEditor } from '../../../src/features/storyboard/StoryboardEditor.tsx'
import { GraphHandleProvider } from '../../../src/graph/graphHandle.tsx'
import { useAnalysisStore } from '../../../src/state/analysisStore.ts'
import { useSpotlightStore } from '../../../src/state/spotlightStore.ts'
import {
  STORYBOARD_STORAGE_KEY,
  UNREADABLE_STORAGE_KEY,
  useStoryboardStore,
} from '../../../src/state/storyboardStore.ts'
import { useViewStore } from '../../../src/state/viewStore.ts'
import { makeDataset } from '../../builders.ts'
import { resetFacilitatorStores } from './resetStores.ts'

const dataset = makeDataset()
const kase = dataset.cases[0]!
const graph = buildCaseGraph(dataset, kase)

function Editor() {
  const phaseId = useViewStore((s) => s.phaseId) ?? 'verkenning'
  return (
    <GraphHandleProvider>
      <StoryboardEditor graph={graph} phaseId={phaseId} />
    </GraphHandleProvider>
  )
}

function renderEditor() {
  const user = userEvent.setup()
  render(<Editor />)
  return user
}

const slides = () => useStoryboardStore.getState().storyboard.slides
const slideList = () => screen.getByRole('list', { name: 'Dia’s' })
const titles = () =>
  within(slideList())
    .getAllByRole('textbox', { name: /^Titel van dia/ })
    .map((input) => (input as HTMLInputElement).value)

/** Adds three slides, one per phase, the way a facilitator does: set the view, press Add. */
async function addThreeSlides(user: ReturnType<typeof userEvent.setup>) {
  const add = screen.getByRole('button', { name: 'Huidige weergave toevoegen' })
  for (const phaseId of ['verkenning', 'opbouw', 'zelfstandig']) {
    useViewStore.getState().goToPhase(phaseId)
    await user.click(add)
  }
}

describe('the storyboard editor', () => {
  beforeEach(() => {
    resetFacilitatorStores()
    useViewStore.getState().openCase(kase.id, 'verkenning')
  })

  it('adds the current view as a slide, with the case, phase, diff, size and spotlight', async () => {
    const user = renderEditor()
    expect(screen.getByText(/Nog geen dia’s/)).toBeInTheDocument()
    useAnalysisStore.getState().setDiff(true)
    useAnalysisStore.getState().setSizeBy('pagerank')
    useSpotlightStore.getState().spotlight('gemeente')
    await user.click(screen.getByRole('button', { name: 'Huidige weergave toevoegen' }))
    expect(titles()).toEqual([`${kase.title}: Verkenning`])
    expect(slides()[0]?.view).toMatchObject({
      caseId: kase.id,
      phaseId: 'verkenning',
      diff: true,
      sizeBy: 'pagerank',
      spotlight: ['gemeente'],
    })
  })

  it('renames a slide and keeps its speaker note', async () => {
    const user = renderEditor()
    await addThreeSlides(user)
    const title = screen.getByRole('textbox', { name: 'Titel van dia 2' })
    await user.clear(title)
    await user.type(title, 'De kwartiermaker komt')
    await user.type(
      screen.getByRole('textbox', { name: 'Sprekersnotitie bij dia 2' }),
      'Vraag wie betaalt.',
    )
    expect(slides()[1]).toMatchObject({
      title: 'De kwartiermaker komt',
      note: 'Vraag wie betaalt.',
    })
  })

  it('reorders by keyboard: Alt+↓ and Alt+↑ in a title field, and the move buttons', async () => {
    const user = renderEditor()
    await addThreeSlides(user)
    const [first, second, third] = titles()
    await user.click(screen.getByRole('textbox', { name: 'Titel van dia 1' }))
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}')
    expect(titles()).toEqual([second, first, third])
    // Focus stays in the moved slide's field, now slide 2.
    expect(screen.getByRole('textbox', { name: 'Titel van dia 2' })).toHaveFocus()
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}')
    expect(titles()).toEqual([second, third, first])
    expect(screen.getByText(`${first} staat nu op plaats 3`)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Dia 3 omhoog' }))
    expect(titles()).toEqual([second, first, third])
    await user.click(screen.getByRole('button', { name: 'Dia 1 omlaag' }))
    expect(titles()).toEqual([first, second, third])
    // At the ends the buttons do nothing.
    await user.click(screen.getByRole('button', { name: 'Dia 1 omhoog' }))
    expect(titles()).toEqual([first, second, third])
  })

  it('deletes a slide', async () => {
    const user = renderEditor()
    await addThreeSlides(user)
    const [first, , third] = titles()
    await user.click(screen.getByRole('button', { name: 'Dia 2 verwijderen' }))
    expect(titles()).toEqual([first, third])
  })
})

describe('storyboard persistence', () => {
  beforeEach(() => resetFacilitatorStores())

  it('keeps the storyboard in localStorage and reads it back after a reload', async () => {
    useViewStore.getState().openCase(kase.id, 'verkenning')
    const user = renderEditor()
    await addThreeSlides(user)
    await user.type(screen.getByRole('textbox', { name: 'Titel van het draaiboek' }), 'Avond')
    const saved = slides()
    const stored = localStorage.getItem(STORYBOARD_STORAGE_KEY) ?? ''
    expect(stored).toContain('Avond')
    // A reload: the in-memory store starts empty and reads localStorage again. (Emptying the
    // store writes to storage too, so what was stored is put back first.)
    useStoryboardStore.setState(useStoryboardStore.getInitialState(), true)
    expect(slides()).toEqual([])
    localStorage.setItem(STORYBOARD_STORAGE_KEY, stored)
    await useStoryboardStore.persist.rehydrate()
    expect(slides()).toEqual(saved)
    expect(useStoryboardStore.getState().storyboard.title).toBe('Avond')
  })

  it('moves an unreadable stored storyboard aside instead of throwing it away', async () => {
    const broken = { format: 'wijknetwerk-storyboard', version: 2, title: 'Oud', slides: 'kapot' }
    localStorage.setItem(
      STORYBOARD_STORAGE_KEY,
      JSON.stringify({ state: { storyboard: broken, backup: null }, version: 2 }),
    )
    await useStoryboardStore.persist.rehydrate()
    expect(slides()).toEqual([])
    expect(JSON.parse(localStorage.getItem(UNREADABLE_STORAGE_KEY) ?? 'null')).toEqual(broken)
  })

  it('lifts a storyboard stored by version 1 of the app', async () => {
    const v1 = {
      format: 'wijknetwerk-storyboard',
      version: 1,
      title: 'Oud',
      slides: [
        {
          id: 'a',
          title: 'Eén',
          note: '',
          view: {
            caseId: 'x',
            phaseId: 'y',
            diff: false,
            sizeBy: 'influence',
            spotlight: 'gemeente',
            viewport: null,
          },
        },
      ],
    }
    localStorage.setItem(
      STORYBOARD_STORAGE_KEY,
      JSON.stringify({ state: { storyboard: v1 }, version: 1 }),
    )
    await useStoryboardStore.persist.rehydrate()
    expect(slides()[0]?.view.spotlight).toEqual(['gemeente'])
  })
})
