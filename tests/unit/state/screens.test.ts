import { describe, expect, it } from 'vitest'
import { resolveView } from '../../../src/state/resolveView.ts'
import { readViewParams, writeParams } from '../../../src/state/urlParams.ts'
import { EMPTY_VIEW } from '../../../src/state/viewStore.ts'
import { makeDataset } from '../../builders.ts'

describe('the screen in the URL', () => {
  it('is left out of the address for the explorer and written for other screens', () => {
    expect(writeParams('', EMPTY_VIEW, 'nl')).toBe('')
    expect(writeParams('', { ...EMPTY_VIEW, screen: 'glossary' }, 'nl')).toBe('?screen=glossary')
  })

  it('round-trips through the address', () => {
    const search = writeParams('', { ...EMPTY_VIEW, screen: 'cross-case' }, 'en')
    const { view, notices } = resolveView(makeDataset(), readViewParams(search))
    expect(view.screen).toBe('cross-case')
    expect(notices).toEqual([])
  })

  it('falls back to the explorer with a notice for an unknown screen', () => {
    const { view, notices } = resolveView(makeDataset(), readViewParams('?screen=nope'))
    expect(view.screen).toBe('explore')
    expect(notices).toEqual([{ kind: 'unknown-screen', id: 'nope' }])
  })
})
