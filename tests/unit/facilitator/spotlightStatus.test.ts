import { describe, expect, it } from 'vitest'
import { buildCaseGraph } from '../../../src/domain/caseGraph.ts'
import { spotlightStatus } from '../../../src/domain/spotlight.ts'
import { makeDataset } from '../../builders.ts'

const dataset = makeDataset()
const graph = buildCaseGraph(dataset, dataset.cases[0]!)

describe('spotlightStatus', () => {
  it('is none without spotlighted actors', () => {
    expect(spotlightStatus(graph, 'verkenning', [])).toEqual({ kind: 'none' })
  })

  it('counts the ties of one actor in the phase', () => {
    // Phase 2: the municipality and the welfare organisation are both tied to the residents.
    expect(spotlightStatus(graph, 'opbouw', ['bewoners'])).toEqual({
      kind: 'one',
      actorId: 'bewoners',
      ties: 2,
    })
  })

  it('says which spotlighted actor takes no part in the phase', () => {
    // The municipality leaves after phase 2 (see the builders).
    expect(spotlightStatus(graph, 'zelfstandig', ['gemeente'])).toEqual({
      kind: 'absent',
      actorIds: ['gemeente'],
    })
  })

  it('gives the path between two actors through the actors in between', () => {
    expect(spotlightStatus(graph, 'opbouw', ['gemeente', 'welzijn'])).toEqual({
      kind: 'path',
      from: 'gemeente',
      to: 'welzijn',
      via: ['bewoners'],
      steps: 2,
    })
  })
})
