import cytoscape, { type Core } from 'cytoscape'
import { afterEach, describe, expect, it } from 'vitest'
import { PARTY_TYPES, RELATION_TYPES } from '../../../src/domain/vocabulary.ts'
import { OKABE_ITO, PARTY_STYLE, RELATION_STYLE } from '../../../src/graph/encoding.ts'
import { STYLESHEET, STYLESHEET_REDUCED_MOTION } from '../../../src/graph/stylesheet.ts'

let cy: Core | undefined
afterEach(() => cy?.destroy())

function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16)
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`
}

function core(elements: cytoscape.ElementDefinition[]): Core {
  cy = cytoscape({ headless: true, styleEnabled: true, style: STYLESHEET, elements })
  return cy
}

const node = (id: string, partyType: string, classes = '') => ({
  group: 'nodes' as const,
  data: {
    id,
    partyType,
    world: partyType === 'burgers' ? 'leefwereld' : 'systeemwereld',
    size: 40,
    label: id,
  },
  classes,
})

describe('stylesheet', () => {
  it('gives each party type its Okabe–Ito colour and its own shape', () => {
    const c = core(PARTY_TYPES.map((type) => node(`actor:${type}`, type)))
    for (const type of PARTY_TYPES) {
      const n = c.getElementById(`actor:${type}`)
      expect(n.style('background-color')).toBe(rgb(PARTY_STYLE[type].colour))
      expect(n.style('shape')).toBe(PARTY_STYLE[type].shape)
    }
    expect(new Set(PARTY_TYPES.map((t) => PARTY_STYLE[t].shape)).size).toBe(PARTY_TYPES.length)
    expect(new Set(PARTY_TYPES.map((t) => PARTY_STYLE[t].colour)).size).toBe(PARTY_TYPES.length)
    expect(c.getElementById('actor:burgers').style('background-color')).toBe(rgb(OKABE_ITO.orange))
    expect(c.getElementById('actor:overheid').style('shape')).toBe('round-rectangle')
  })

  it('colours by world in world mode, keeping the shape', () => {
    const c = core([node('a', 'burgers', 'by-world'), node('b', 'markt', 'by-world')])
    expect(c.getElementById('a').style('background-color')).toBe(rgb(OKABE_ITO.orange))
    expect(c.getElementById('b').style('background-color')).toBe(rgb(OKABE_ITO.blue))
    expect(c.getElementById('b').style('shape')).toBe('diamond')
  })

  it('sizes nodes from data, fades absent actors and marks the chosen one', () => {
    const c = core([node('a', 'burgers', 'absent'), node('b', 'burgers', 'chosen')])
    expect(c.getElementById('a').style('width')).toBe('40px')
    expect(Number(c.getElementById('a').style('opacity'))).toBeLessThan(0.5)
    expect(c.getElementById('a').style('border-style')).toBe('dashed')
    expect(c.getElementById('b').style('border-width')).toBe('4px')
    expect(
      Number(c.getElementById('b').style('font-size').replace('px', '')),
    ).toBeGreaterThanOrEqual(14)
  })

  it('gives each relation type its colour and line style, and arrows only to directed ones', () => {
    const c = core([
      node('a', 'burgers'),
      node('b', 'overheid'),
      ...RELATION_TYPES.map((type, i) => ({
        group: 'edges' as const,
        data: { id: `e${i}`, source: 'a', target: 'b', type, strength: 2, width: 4 },
        classes: type === 'financiering' ? 'directed' : '',
      })),
    ])
    RELATION_TYPES.forEach((type, i) => {
      const edge = c.getElementById(`e${i}`)
      expect(edge.style('line-color')).toBe(rgb(RELATION_STYLE[type].colour))
      expect(edge.style('line-style')).toBe(RELATION_STYLE[type].dash ? 'dashed' : 'solid')
      expect(edge.style('target-arrow-shape')).toBe(type === 'financiering' ? 'triangle' : 'none')
    })
    expect(c.getElementById('e0').style('width')).toBe('4px')
  })

  it('animates changes, except for users who asked for reduced motion', () => {
    const c = core([node('a', 'burgers')])
    expect(c.getElementById('a').style('transition-duration')).toBe('400ms')
    c.style(STYLESHEET_REDUCED_MOTION)
    expect(c.getElementById('a').style('transition-duration')).toBe('0ms')
  })
})
