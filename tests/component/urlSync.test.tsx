import { act, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { useViewStore } from '../../src/state/viewStore.ts'
import { makeCases, makeDataset } from '../builders.ts'
import { renderApp, stubDatasetFetch } from './renderApp.tsx'

const dataset = makeDataset({ cases: makeCases(3) })

function goBack(url: string) {
  act(() => {
    window.history.replaceState(null, '', url)
    window.dispatchEvent(new PopStateEvent('popstate'))
  })
}

describe('the view in the URL', () => {
  it('restores case, phase and actor from a deep link', async () => {
    stubDatasetFetch(dataset)
    renderApp('/?case=casus-2&phase=opbouw&actor=gemeente')
    expect(
      await screen.findByRole('img', { name: /Netwerk van Casus 2, fase 2 \(Opbouw\)/ }),
    ).toBeInTheDocument()
    expect(useViewStore.getState()).toMatchObject({
      caseId: 'casus-2',
      phaseId: 'opbouw',
      actorId: 'gemeente',
    })
    expect(screen.getByRole('button', { name: 'Fase 2: Opbouw' })).toHaveAttribute(
      'aria-current',
      'step',
    )
    expect(await screen.findByRole('tab', { name: 'Actor: Gemeente' })).toHaveAttribute(
      'aria-selected',
      'true',
    )
  })

  it('says a case does not exist, falls back to the case list, and the message can be dismissed', async () => {
    stubDatasetFetch(dataset)
    const { user } = renderApp('/?case=xyz')
    expect(await screen.findByRole('alert')).toHaveTextContent("Casus 'xyz' bestaat niet")
    expect(useViewStore.getState().caseId).toBeNull()
    expect(screen.getByRole('navigation', { name: 'Casussen' })).toBeInTheDocument()
    expect(window.location.search).toBe('')
    await user.click(screen.getByRole('button', { name: 'Melding sluiten' }))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('falls back to the first phase for a phase that does not exist', async () => {
    stubDatasetFetch(dataset)
    renderApp('/?case=casus-1&phase=nergens')
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "Fase 'nergens' bestaat niet in deze casus",
    )
    expect(useViewStore.getState().phaseId).toBe('verkenning')
    expect(window.location.search).toBe('?case=casus-1&phase=verkenning')
  })

  it('drops an actor that is not part of the case', async () => {
    stubDatasetFetch(dataset)
    renderApp('/?case=casus-1&actor=niemand')
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "Actor 'niemand' komt niet voor in deze casus",
    )
    expect(useViewStore.getState().actorId).toBeNull()
  })

  it('pushes a history entry for each user navigation', async () => {
    stubDatasetFetch(dataset)
    const push = vi.spyOn(window.history, 'pushState')
    const { user } = renderApp('/?case=casus-1')
    await user.click(await screen.findByRole('button', { name: 'Volgende fase' }))
    expect(window.location.search).toBe('?case=casus-1&phase=opbouw')
    await user.click(screen.getByRole('button', { name: /^Bewoners/ }))
    expect(window.location.search).toBe('?case=casus-1&phase=opbouw&actor=bewoners')
    expect(push).toHaveBeenCalledTimes(2)
    push.mockRestore()
  })

  it('restores the view on back and forward', async () => {
    stubDatasetFetch(dataset)
    renderApp('/?case=casus-1&phase=opbouw')
    await screen.findByRole('img', { name: /Netwerk van Casus 1/ })
    goBack('/?case=casus-3&phase=zelfstandig&actor=welzijn')
    expect(useViewStore.getState()).toMatchObject({
      caseId: 'casus-3',
      phaseId: 'zelfstandig',
      actorId: 'welzijn',
    })
    expect(screen.getByRole('img', { name: /Netwerk van Casus 3, fase 3/ })).toBeInTheDocument()
    goBack('/')
    expect(useViewStore.getState().caseId).toBeNull()
    expect(screen.queryByRole('img', { name: /Netwerk van/ })).not.toBeInTheDocument()
  })

  it('keeps the language in the URL next to the view', async () => {
    stubDatasetFetch(dataset)
    const { user } = renderApp('/?case=casus-1&lang=en')
    await user.click(await screen.findByRole('button', { name: 'Next phase' }))
    expect(window.location.search).toBe('?case=casus-1&phase=opbouw&lang=en')
  })
})
