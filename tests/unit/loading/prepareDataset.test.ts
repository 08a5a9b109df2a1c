import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildCaseGraph } from '../../../src/domain/caseGraph.ts'
import { generateSyntheticNetwork } from '../../../src/domain/synthetic.ts'
import { computeCaseLayout } from '../../../src/graph/layout.ts'
import { parseDatasetText } from '../../../src/queries/loadProblem.ts'
import { layoutCases, layoutOrder } from '../../../src/queries/prepareDataset.ts'
import { makeCase, makeDataset } from '../../builders.ts'

const bundled = readFileSync('data/dataset.json', 'utf8')

describe('parseDatasetText', () => {
  it('gives the checked dataset for a valid file', () => {
    const parsed = parseDatasetText(bundled)
    expect(parsed.ok && parsed.dataset.cases).toHaveLength(10)
  })

  it('names a syntax error with the parser’s reason', () => {
    const parsed = parseDatasetText('{"cases": [')
    expect(parsed).toMatchObject({ ok: false, problem: { kind: 'syntax' } })
    expect(!parsed.ok && parsed.problem.kind === 'syntax' && parsed.problem.message).toMatch(/JSON/)
  })

  it('lists the issues of a well-formed file that breaks the rules, and keeps the raw data', () => {
    const parsed = parseDatasetText(JSON.stringify({ version: 1, cases: 'none' }))
    if (parsed.ok || parsed.problem.kind !== 'invalid') throw new Error('expected invalid')
    expect(parsed.problem.issues.length).toBeGreaterThan(0)
    expect(parsed.problem.raw).toEqual({ version: 1, cases: 'none' })
  })
})

describe('laying out ahead of time', () => {
  const parsed = parseDatasetText(bundled)
  if (!parsed.ok) throw new Error('the bundled dataset is invalid')
  const dataset = parsed.dataset

  it('puts the case the address names first, then the others in the dataset’s order', () => {
    const third = dataset.cases[2]!.id
    const order = layoutOrder(dataset, third)
    expect(order[0]).toBe(third)
    expect(order.slice(1)).toEqual(dataset.cases.map((c) => c.id).filter((id) => id !== third))
    expect(layoutOrder(dataset, 'no-such-case')).toEqual(dataset.cases.map((c) => c.id))
    expect(layoutOrder(dataset, null)).toEqual(dataset.cases.map((c) => c.id))
  })

  it('leaves out cases the large-network view draws (it lays out in a worker of its own)', () => {
    const large = generateSyntheticNetwork({ nodes: 400, edgesPerNode: 2, seed: 3 }).dataset
    const small = makeDataset({ cases: [makeCase()] })
    const both = { ...large, cases: [...large.cases, ...small.cases] }
    both.actors = [...large.actors, ...small.actors]
    expect(layoutOrder(both, large.cases[0]!.id)).toEqual([small.cases[0]!.id])
  })

  it('gives exactly the positions the view would compute itself', () => {
    const kase = dataset.cases[0]!
    const layouts = layoutCases(dataset, [kase.id, 'no-such-case'])
    expect(Object.keys(layouts)).toEqual([kase.id])
    expect(layouts[kase.id]).toEqual(computeCaseLayout(buildCaseGraph(dataset, kase)))
  })
})
