import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { buildCaseGraph } from '../../src/domain/caseGraph.ts'
import { generateSyntheticNetwork } from '../../src/domain/synthetic.ts'
import { ACTOR_LIST_STEP, ActorsInPhase } from '../../src/features/case-page/ActorsInPhase.tsx'

describe('the actors of a phase on the case page', () => {
  it('lists a large network in steps, strongest first, instead of all at once', async () => {
    const { dataset } = generateSyntheticNetwork({ nodes: 400, edgesPerNode: 2, seed: 5 })
    const graph = buildCaseGraph(dataset, dataset.cases[0]!)
    const phaseId = graph.phases[0]!.id
    const user = userEvent.setup()
    render(<ActorsInPhase graph={graph} phaseId={phaseId} />)
    const list = () => within(screen.getAllByRole('list')[0]!).getAllByRole('button')
    expect(list()).toHaveLength(ACTOR_LIST_STEP)
    const scores = list().map((b) =>
      Number(b.querySelector('.actor-button__score')?.textContent?.replace(/\D/g, '')),
    )
    expect(scores).toEqual([...scores].sort((a, b) => b - a))

    const present = graph.actors.filter((a) => a.positions.has(phaseId)).length
    const more = Math.min(present - ACTOR_LIST_STEP, ACTOR_LIST_STEP * 5)
    await user.click(
      screen.getByRole('button', {
        name: `Toon er nog ${more} (${present - ACTOR_LIST_STEP} niet getoond)`,
      }),
    )
    expect(list()).toHaveLength(ACTOR_LIST_STEP + more)
  })
})
