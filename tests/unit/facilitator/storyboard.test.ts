import { deflateSync, strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import {
  decodeStoryboard,
  encodeStoryboard,
  fromBase64Url,
  toBase64Url,
} from '../../../src/domain/storyboard/link.ts'
import {
  parseStoryboard,
  parseStoryboardText,
  unknownViews,
} from '../../../src/domain/storyboard/parse.ts'
import {
  STORYBOARD_FORMAT,
  STORYBOARD_VERSION,
  type Slide,
  type Storyboard,
} from '../../../src/domain/storyboard/schema.ts'
import { adaptViewport } from '../../../src/graph/viewport.ts'

function makeSlide(overrides: Partial<Slide> = {}): Slide {
  return {
    id: 's1',
    title: 'De gemeente trekt zich terug',
    note: 'Vraag de zaal: wie neemt het over?',
    view: {
      caseId: 'buurthuis',
      phaseId: 'opbouw',
      diff: true,
      sizeBy: 'betweenness',
      spotlight: ['gemeente'],
      filters: {
        hiddenPartyTypes: ['markt'],
        hiddenRelationTypes: [],
        minInfluence: 0,
        minStrength: 1,
        expand: null,
      },
      viewport: { zoom: 1.2, pan: { x: 40, y: -12 }, width: 1200, height: 700 },
    },
    ...overrides,
  }
}

const storyboard: Storyboard = {
  format: STORYBOARD_FORMAT,
  version: STORYBOARD_VERSION,
  title: 'Avond in de Oude Westen — “buurt” & café',
  slides: [makeSlide(), makeSlide({ id: 's2', title: 'Tweede' })],
}

describe('storyboard links', () => {
  it('round-trips a storyboard through a story= parameter', () => {
    const param = encodeStoryboard(storyboard)
    expect(param).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(decodeStoryboard(param)).toEqual({ ok: true, storyboard })
  })

  it('compresses: the parameter is shorter than the JSON', () => {
    const many = {
      ...storyboard,
      slides: Array.from({ length: 6 }, (_, i) => makeSlide({ id: `s${i}` })),
    }
    expect(encodeStoryboard(many).length).toBeLessThan(JSON.stringify(many).length / 2)
  })

  it('says a cut-off link is damaged instead of failing', () => {
    const param = encodeStoryboard(storyboard)
    expect(decodeStoryboard(param.slice(0, param.length - 9))).toEqual({
      ok: false,
      problem: { kind: 'damaged-link' },
    })
  })

  it('says a link with characters outside base64url is damaged', () => {
    expect(decodeStoryboard('abc$%def')).toEqual({ ok: false, problem: { kind: 'damaged-link' } })
    expect(decodeStoryboard('')).toEqual({ ok: false, problem: { kind: 'damaged-link' } })
  })

  it('names the field that is wrong in a link that unpacks to a bad storyboard', () => {
    const bad = { ...storyboard, slides: [{ ...makeSlide(), title: 42 }] }
    const param = toBase64Url(deflateSync(strToU8(JSON.stringify(bad))))
    const result = decodeStoryboard(param)
    expect(result.ok).toBe(false)
    if (result.ok || result.problem.kind !== 'invalid') throw new Error('expected invalid')
    expect(result.problem.issues[0]?.path).toBe('$.slides[0].title')
  })

  it('encodes bytes as base64url and back, for every length', () => {
    for (let length = 0; length < 20; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 97 + 13) & 0xff)
      expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes)
    }
  })
})

describe('storyboard files', () => {
  it('reports text that is not JSON', () => {
    const result = parseStoryboardText('{ "format": ')
    expect(result.ok).toBe(false)
    expect(!result.ok && result.problem.kind).toBe('not-json')
  })

  it('reports JSON that is not a storyboard', () => {
    expect(parseStoryboard({ format: 'wijknetwerk-dataset' })).toEqual({
      ok: false,
      problem: { kind: 'not-a-storyboard' },
    })
  })

  it('reports a storyboard from a newer version', () => {
    expect(parseStoryboard({ ...storyboard, version: 9 })).toEqual({
      ok: false,
      problem: { kind: 'newer-version', version: 9 },
    })
  })

  it('lifts a version-1 storyboard (one spotlight, no filters)', () => {
    const { filters: _filters, ...viewV1 } = makeSlide().view
    const v1 = {
      ...storyboard,
      version: 1,
      slides: [{ ...makeSlide(), view: { ...viewV1, spotlight: 'gemeente' } }],
    }
    const result = parseStoryboard(v1)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.storyboard.version).toBe(STORYBOARD_VERSION)
    expect(result.storyboard.slides[0]?.view.spotlight).toEqual(['gemeente'])
    expect(result.storyboard.slides[0]?.view.filters.minStrength).toBe(1)
  })

  it('lists slides whose case or phase the dataset does not have', () => {
    const cases = [{ id: 'buurthuis', phases: [{ id: 'verkenning' }] }]
    expect(unknownViews(storyboard, cases)).toEqual([
      { slide: 1, caseId: 'buurthuis', phaseId: 'opbouw' },
      { slide: 2, caseId: 'buurthuis', phaseId: 'opbouw' },
    ])
    expect(unknownViews(storyboard, [])[0]).toEqual({
      slide: 1,
      caseId: 'buurthuis',
      phaseId: null,
    })
  })
})

describe('adaptViewport', () => {
  it('keeps the same model point in the middle and scales the zoom with the canvas', () => {
    const saved = { zoom: 1, pan: { x: 100, y: 50 }, width: 800, height: 600 }
    const { zoom, pan } = adaptViewport(saved, 1600, 1200)
    expect(zoom).toBe(2)
    // Model centre was (300, 250); at zoom 2 it must land at (800, 600).
    expect(300 * zoom + pan.x).toBe(800)
    expect(250 * zoom + pan.y).toBe(600)
  })
})
