import { describe, expect, it } from 'vitest'
import { neighbourhood, shortestPath, type Tie } from '../../../src/domain/shortestPath.ts'

const tie = (id: string, source: string, target: string): Tie => ({ id, source, target })

// a – b – c – d, and a shortcut a – e – d; f stands alone.
const ties = [
  tie('ab', 'a', 'b'),
  tie('bc', 'b', 'c'),
  tie('cd', 'c', 'd'),
  tie('ae', 'a', 'e'),
  tie('ed', 'e', 'd'),
]

describe('shortestPath', () => {
  it('finds the path with the fewest ties, with the ties along it', () => {
    expect(shortestPath(ties, 'a', 'd')).toEqual({ nodes: ['a', 'e', 'd'], ties: ['ae', 'ed'] })
  })

  it('follows a directed relation backwards', () => {
    expect(shortestPath([tie('ba', 'b', 'a')], 'a', 'b')).toEqual({
      nodes: ['a', 'b'],
      ties: ['ba'],
    })
  })

  it('returns null when the two are not connected', () => {
    expect(shortestPath(ties, 'a', 'f')).toBeNull()
  })

  it('gives a path of one node from an actor to itself', () => {
    expect(shortestPath(ties, 'c', 'c')).toEqual({ nodes: ['c'], ties: [] })
  })

  it('is stable among equally short paths: the ties listed first win', () => {
    const square = [
      tie('ab', 'a', 'b'),
      tie('bd', 'b', 'd'),
      tie('ac', 'a', 'c'),
      tie('cd', 'c', 'd'),
    ]
    expect(shortestPath(square, 'a', 'd')?.nodes).toEqual(['a', 'b', 'd'])
    expect(shortestPath([...square].reverse(), 'a', 'd')?.nodes).toEqual(['a', 'c', 'd'])
  })

  it('ignores self-loops', () => {
    expect(shortestPath([tie('aa', 'a', 'a')], 'a', 'b')).toBeNull()
  })
})

describe('neighbourhood', () => {
  it('lists the actor, its direct neighbours and the ties to them', () => {
    const around = neighbourhood(ties, 'a')
    expect(around.nodes.sort()).toEqual(['a', 'b', 'e'])
    expect(around.ties.sort()).toEqual(['ab', 'ae'])
  })
})
