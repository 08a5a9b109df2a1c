import { describe, expect, it } from 'vitest'
import { applyEdit, copyCaseToDataset, type EditCommand } from '../../../src/domain/edit/index.ts'
import type { Dataset } from '../../../src/domain/schema.ts'
import { parseDataset } from '../../../src/domain/validate.ts'
import { makeActor, makeDataset, makeSource } from '../domain/builders.ts'

const CASE = 'casus-1'

/** Applies an edit that must succeed and checks the result passes the data gate. */
function edit(dataset: Dataset, cmd: EditCommand): Dataset {
  const result = applyEdit(dataset, cmd)
  if (!result.ok) throw new Error(`refused: ${result.reason}`)
  const parsed = parseDataset(result.dataset)
  expect(parsed.ok ? [] : parsed.issues).toEqual([])
  return result.dataset
}
const refusal = (dataset: Dataset, cmd: EditCommand) => {
  const result = applyEdit(dataset, cmd)
  return result.ok ? 'accepted' : result.reason
}
const kase = (dataset: Dataset) => dataset.cases[0]!
const participant = (dataset: Dataset, actor: string) =>
  kase(dataset).participants.find((p) => p.actor === actor)

describe('actor edits', () => {
  it('adds an actor to the chosen phases with the given influence', () => {
    const out = edit(makeDataset(), {
      kind: 'add-actor',
      caseId: CASE,
      actorId: 'buurtteam',
      label: '  Buurtteam  ',
      partyType: 'professionals',
      phaseIds: ['fase-2', 'fase-1'],
      influence: 4,
    })
    expect(out.actors.find((a) => a.id === 'buurtteam')?.label).toBe('Buurtteam')
    expect(participant(out, 'buurtteam')?.positions.map((p) => [p.phase, p.influence])).toEqual([
      ['fase-1', 4],
      ['fase-2', 4],
    ])
  })

  it('refuses an actor without a name, a taken id, no phases or influence above 8', () => {
    const base = {
      kind: 'add-actor',
      caseId: CASE,
      actorId: 'x',
      label: 'X',
      partyType: 'markt',
      phaseIds: ['fase-1'],
      influence: 1,
    } as const
    const d = makeDataset()
    expect(refusal(d, { ...base, label: '   ' })).toBe('empty-label')
    expect(refusal(d, { ...base, actorId: 'gemeente' })).toBe('duplicate-id')
    expect(refusal(d, { ...base, phaseIds: [] })).toBe('no-phases')
    expect(refusal(d, { ...base, influence: 9 })).toBe('out-of-range')
    expect(refusal(d, { ...base, phaseIds: ['fase-9'] })).toBe('unknown-phase')
    expect(refusal(d, { ...base, caseId: 'nope' })).toBe('unknown-case')
  })

  it('renames and retypes an actor', () => {
    let out = edit(makeDataset(), { kind: 'rename-actor', actorId: 'gemeente', label: 'Stadsdeel' })
    out = edit(out, { kind: 'set-party-type', actorId: 'gemeente', partyType: 'markt' })
    expect(out.actors.find((a) => a.id === 'gemeente')).toMatchObject({
      label: 'Stadsdeel',
      partyType: 'markt',
    })
    expect(refusal(out, { kind: 'rename-actor', actorId: 'gemeente', label: '' })).toBe(
      'empty-label',
    )
  })

  it('deletes an actor with its relations, and drops it from the dataset when no case uses it', () => {
    const out = edit(makeDataset(), { kind: 'delete-actor', caseId: CASE, actorId: 'gemeente' })
    expect(participant(out, 'gemeente')).toBeUndefined()
    expect(kase(out).relations).toEqual([])
    expect(out.actors.map((a) => a.id)).toEqual(['bewoners', 'corporatie'])
  })

  it('sets roles and influence per phase, and adds the actor to a phase it was absent from', () => {
    let out = edit(makeDataset(), {
      kind: 'set-position',
      caseId: CASE,
      actorId: 'corporatie',
      phaseId: 'fase-1',
      roles: ['eigenaar', 'financier', 'eigenaar'],
      influence: 7,
    })
    expect(participant(out, 'corporatie')?.positions[0]).toMatchObject({
      phase: 'fase-1',
      roles: ['eigenaar', 'financier'],
      influence: 7,
    })
    out = edit(out, {
      kind: 'set-position',
      caseId: CASE,
      actorId: 'corporatie',
      phaseId: 'fase-1',
      influence: 0,
    })
    expect(participant(out, 'corporatie')?.positions[0]?.roles).toEqual(['eigenaar', 'financier'])
    expect(participant(out, 'corporatie')?.positions[0]?.influence).toBe(0)
  })

  it('takes an actor out of a phase, with its relations there, but never out of its last phase', () => {
    const out = edit(makeDataset(), {
      kind: 'leave-phase',
      caseId: CASE,
      actorId: 'gemeente',
      phaseId: 'fase-2',
    })
    expect(participant(out, 'gemeente')?.positions.map((p) => p.phase)).toEqual([
      'fase-1',
      'fase-3',
    ])
    expect(kase(out).relations.map((r) => r.phases)).toEqual([['fase-1', 'fase-3'], ['fase-3']])
    const once = edit(out, {
      kind: 'leave-phase',
      caseId: CASE,
      actorId: 'corporatie',
      phaseId: 'fase-2',
    })
    expect(
      refusal(once, {
        kind: 'leave-phase',
        caseId: CASE,
        actorId: 'corporatie',
        phaseId: 'fase-3',
      }),
    ).toBe('last-position')
  })
})

describe('relation edits', () => {
  const add = {
    kind: 'add-relation',
    caseId: CASE,
    relationId: 'r-new',
    source: 'bewoners',
    target: 'corporatie',
    type: 'conflict',
    directed: false,
    strength: 3,
    phaseIds: ['fase-3', 'fase-2'],
  } as const

  it('adds a relation with its phases in case order', () => {
    const out = edit(makeDataset(), add)
    expect(kase(out).relations.at(-1)).toMatchObject({ id: 'r-new', phases: ['fase-2', 'fase-3'] })
  })

  it('refuses relations the data model cannot hold', () => {
    const d = makeDataset()
    expect(refusal(d, { ...add, phaseIds: ['fase-1'] })).toBe('absent-in-phase')
    expect(refusal(d, { ...add, target: 'bewoners' })).toBe('self-relation')
    expect(refusal(d, { ...add, strength: 4 })).toBe('out-of-range')
    expect(refusal(d, { ...add, relationId: 'r-bewoners-gemeente' })).toBe('duplicate-id')
    expect(refusal(d, { ...add, phaseIds: [] })).toBe('no-phases')
    expect(refusal(d, { ...add, target: 'nobody' })).toBe('unknown-actor')
  })

  it('changes type, direction, strength, ends and phases, and deletes', () => {
    let out = edit(makeDataset(), {
      kind: 'update-relation',
      caseId: CASE,
      relationId: 'r-bewoners-gemeente',
      patch: {
        type: 'advies',
        directed: true,
        strength: 1,
        phases: ['fase-2'],
        target: 'corporatie',
      },
    })
    expect(kase(out).relations[0]).toMatchObject({
      type: 'advies',
      directed: true,
      strength: 1,
      phases: ['fase-2'],
      target: 'corporatie',
    })
    out = edit(out, { kind: 'delete-relation', caseId: CASE, relationId: 'r-bewoners-gemeente' })
    expect(kase(out).relations.map((r) => r.id)).toEqual(['r-gemeente-corporatie'])
    expect(
      refusal(out, { kind: 'delete-relation', caseId: CASE, relationId: 'r-bewoners-gemeente' }),
    ).toBe('unknown-relation')
  })
})

describe('phase edits', () => {
  it('adds, renames and reorders phases, numbering them 1, 2, 3…', () => {
    let out = edit(makeDataset(), { kind: 'add-phase', caseId: CASE, phaseId: 'nu', label: 'Nu' })
    out = edit(out, { kind: 'rename-phase', caseId: CASE, phaseId: 'nu', label: 'Vandaag' })
    out = edit(out, { kind: 'move-phase', caseId: CASE, phaseId: 'nu', toIndex: 0 })
    expect(kase(out).phases.map((p) => [p.order, p.id, p.label])).toEqual([
      [1, 'nu', 'Vandaag'],
      [2, 'fase-1', 'Start'],
      [3, 'fase-2', 'Groei'],
      [4, 'fase-3', 'Borging'],
    ])
  })

  it('refuses a move that would put dated phases out of time order', () => {
    expect(
      applyEdit(makeDataset(), { kind: 'move-phase', caseId: CASE, phaseId: 'fase-3', toIndex: 0 }),
    ).toEqual({ ok: false, reason: 'period-order' })
  })

  it('deletes a phase with its positions; actors only in that phase leave the case', () => {
    let out = edit(makeDataset(), {
      kind: 'leave-phase',
      caseId: CASE,
      actorId: 'corporatie',
      phaseId: 'fase-3',
    })
    out = edit(out, { kind: 'delete-phase', caseId: CASE, phaseId: 'fase-2' })
    expect(kase(out).phases.map((p) => [p.order, p.id])).toEqual([
      [1, 'fase-1'],
      [2, 'fase-3'],
    ])
    expect(participant(out, 'corporatie')).toBeUndefined()
    expect(out.actors.map((a) => a.id)).not.toContain('corporatie')
    expect(kase(out).relations.map((r) => [r.id, r.phases])).toEqual([
      ['r-bewoners-gemeente', ['fase-1', 'fase-3']],
    ])
    out = edit(out, { kind: 'delete-phase', caseId: CASE, phaseId: 'fase-1' })
    expect(refusal(out, { kind: 'delete-phase', caseId: CASE, phaseId: 'fase-3' })).toBe(
      'last-phase',
    )
  })

  it('copies a phase as the start of the next, with every position and relation', () => {
    const out = edit(makeDataset(), {
      kind: 'copy-phase',
      caseId: CASE,
      phaseId: 'fase-2',
      newPhaseId: 'fase-2b',
      label: 'Groei, vervolg',
    })
    expect(kase(out).phases.map((p) => p.id)).toEqual(['fase-1', 'fase-2', 'fase-2b', 'fase-3'])
    expect(participant(out, 'corporatie')?.positions.map((p) => p.phase)).toEqual([
      'fase-2',
      'fase-2b',
      'fase-3',
    ])
    expect(kase(out).relations[1]?.phases).toEqual(['fase-2', 'fase-2b', 'fase-3'])
  })
})

describe('copyCaseToDataset', () => {
  it('keeps one case with only the actors and sources it refers to', () => {
    const cited = { kind: 'public-source' as const, sources: ['bron-2'] }
    const source = makeDataset({
      sources: [makeSource(), makeSource({ id: 'bron-2', title: 'Tweede bron' })],
      actors: [
        ...makeDataset().actors.map((a) => (a.id === 'gemeente' ? { ...a, provenance: cited } : a)),
        makeActor({ id: 'elders', label: 'Elders' }),
      ],
    })
    const copy = copyCaseToDataset(source, CASE, 'Kopie')
    expect(copy && parseDataset(copy).ok).toBe(true)
    expect(copy?.title).toBe('Kopie')
    expect(copy?.actors.map((a) => a.id)).toEqual(['bewoners', 'gemeente', 'corporatie'])
    expect(copy?.sources.map((s) => s.id)).toEqual(['bron-2'])
    expect(copyCaseToDataset(source, 'nope', 'x')).toBeNull()
  })
})
