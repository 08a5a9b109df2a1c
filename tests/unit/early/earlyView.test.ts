import { describe, expect, it } from 'vitest'
import { addressAllowsEarlyDrawing } from '../../../src/graph/early/earlyAddress.ts'
import { earlyViewOf } from '../../../src/graph/early/earlyView.ts'
import { LARGE_NETWORK_MIN_NODES } from '../../../src/graph/levelOfDetail.ts'
import {
  makeActor,
  makeCase,
  makeDataset,
  makeParticipant,
  makePhase,
  makePosition,
} from '../../builders.ts'

function dataset() {
  const phases = [makePhase({ id: 'p1', order: 1 }), makePhase({ id: 'p2', order: 2 })]
  const actors = [makeActor({ id: 'a1' }), makeActor({ id: 'a2' })]
  const participants = actors.map((a) =>
    makeParticipant({
      actor: a.id,
      positions: [makePosition({ phase: 'p1' }), makePosition({ phase: 'p2' })],
    }),
  )
  return makeDataset({ actors, cases: [makeCase({ id: 'c1', phases, participants })] })
}

describe('the network an address asks for before the app has loaded', () => {
  it('is the named case at its first phase, in Dutch, with nothing selected', () => {
    const view = earlyViewOf(dataset(), '?case=c1')
    expect(view?.graph.kase.id).toBe('c1')
    expect(view?.phaseId).toBe('p1')
    expect(view?.actorId).toBeNull()
    expect(view?.lang).toBe('nl')
  })

  it('follows the phase, the selected actor and the language in the address', () => {
    const view = earlyViewOf(dataset(), '?case=c1&phase=p2&actor=a2&lang=en')
    expect(view).toMatchObject({ phaseId: 'p2', actorId: 'a2', lang: 'en' })
  })

  it.each([
    ['no case', ''],
    ['an unknown case', '?case=nope'],
    ['an unknown phase (the app shows a notice)', '?case=c1&phase=nope'],
    ['an unknown actor', '?case=c1&actor=nope'],
    ['another screen', '?screen=compare&case=c1'],
    ['a filter', '?case=c1&hide=citizen'],
    ['an analysis choice', '?case=c1&size=degree'],
    ['a workspace', '?case=c1&ws=w1'],
    ['a presenter window', '?case=c1&presenter=1'],
  ])('is left to the app for an address with %s', (_, search) => {
    expect(earlyViewOf(dataset(), search)).toBeNull()
  })

  it('is left to the large-network view for a case of its size', () => {
    const actors = Array.from({ length: LARGE_NETWORK_MIN_NODES }, (_, i) =>
      makeActor({ id: `a${i}` }),
    )
    const phases = [makePhase({ id: 'p1' })]
    const participants = actors.map((a) =>
      makeParticipant({ actor: a.id, positions: [makePosition({ phase: 'p1' })] }),
    )
    const big = makeDataset({ actors, cases: [makeCase({ id: 'big', phases, participants })] })
    expect(earlyViewOf(big, '?case=big')).toBeNull()
  })
})

describe('an address that could be drawn before the dataset is in', () => {
  it.each([
    ['?case=c1', true],
    ['?case=c1&phase=p2&actor=a1&lang=en', true],
    ['', false],
    ['?case=', false],
    ['?lang=en', false],
    ['?case=c1&hide=citizen', false],
    ['?case=c1&ws=w1', false],
  ])('%s: %s', (search, expected) => {
    expect(addressAllowsEarlyDrawing(search)).toBe(expected)
  })
})
