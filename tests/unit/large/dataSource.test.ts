import { describe, expect, it } from 'vitest'
import { dataSourceFor } from '../../../src/queries/dataSource.ts'

const PAGE = 'https://wijk.example.org/app/?case=x'
const BUNDLED = 'data/dataset.json'

describe('?data= source', () => {
  it('loads the bundled dataset without the parameter', () => {
    expect(dataSourceFor('?case=x', PAGE, BUNDLED)).toEqual({
      ok: true,
      path: BUNDLED,
      bundled: true,
    })
    expect(dataSourceFor('?data=', PAGE, BUNDLED)).toMatchObject({ ok: true, bundled: true })
  })

  it('loads a file of the same origin, resolved against the page', () => {
    expect(dataSourceFor('?data=netwerken/wijk.json', PAGE, BUNDLED)).toEqual({
      ok: true,
      path: 'https://wijk.example.org/app/netwerken/wijk.json',
      bundled: false,
    })
    expect(dataSourceFor('?data=%2Fdata%2Fb.json', PAGE, BUNDLED)).toMatchObject({
      ok: true,
      path: 'https://wijk.example.org/data/b.json',
    })
  })

  it('refuses another origin, another port or scheme, and data: addresses', () => {
    for (const url of [
      'https://evil.example.com/x.json',
      '//evil.example.com/x.json',
      'http://wijk.example.org/x.json',
      'https://wijk.example.org:8443/x.json',
      'data:application/json,{}',
    ])
      expect(dataSourceFor(`?data=${encodeURIComponent(url)}`, PAGE, BUNDLED)).toEqual({
        ok: false,
        reason: 'cross-origin',
        requested: url,
      })
  })
})
