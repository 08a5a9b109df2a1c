import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  importFiles,
  type ImportResult,
  type InputFile,
  readImport,
} from '../../../src/domain/io/import/index.ts'

const FIXTURES = fileURLToPath(new URL('../../fixtures/import/', import.meta.url))

function fixture(...names: string[]): InputFile[] {
  return names.map((name) => ({
    name: name.replace(/^.*\//, ''),
    data: new Uint8Array(readFileSync(join(FIXTURES, name))),
  }))
}

function kase(result: ImportResult) {
  const found = result.dataset?.cases[0]
  if (!found) throw new Error(`no dataset: ${JSON.stringify(result.issues)}`)
  return found
}

const errors = (result: ImportResult) => result.issues.filter((i) => i.severity === 'error')

describe('GEXF from other tools', () => {
  it('reads a static networkx GEXF: every node and edge, labels kept', async () => {
    const result = await importFiles(fixture('krackhardt-kite.gexf'))
    expect(errors(result)).toEqual([])
    expect(result.dataset?.actors.map((a) => a.label)).toContain('Andre')
    expect(result.dataset?.actors).toHaveLength(10)
    expect(kase(result).relations).toHaveLength(18)
    expect(kase(result).title).toBe('Krackhardt Kite Social Network')
    expect(kase(result).relations.every((r) => !r.directed)).toBe(true)
  })

  it('reads a directed networkx GEXF as directed relations', async () => {
    const result = await importFiles(fixture('random-directed-30.gexf'))
    expect(kase(result).relations.length).toBeGreaterThan(50)
    expect(kase(result).relations.every((r) => r.directed)).toBe(true)
  })

  it('turns networkx spells and a dated influence into phases and positions', async () => {
    const result = await importFiles(fixture('networkx-dynamic.gexf'))
    expect(errors(result)).toEqual([])
    const k = kase(result)
    expect(k.phases.map((p) => p.order)).toEqual([1, 2, 3])
    const bewoners = k.participants.find((p) => p.actor === 'bewoners')
    expect(bewoners?.positions.map((p) => [p.phase, p.influence])).toEqual([
      ['fase-1', 2],
      ['fase-2', 5],
      ['fase-3', 5],
    ])
    const gemeente = k.participants.find((p) => p.actor === 'gemeente')
    expect(gemeente?.positions.map((p) => p.phase)).toEqual(['fase-1', 'fase-2'])
    expect(result.dataset?.actors.find((a) => a.id === 'gemeente')?.partyType).toBe('overheid')
    expect(
      k.relations.find((r) => r.source === 'bewoners' && r.target === 'gemeente')?.phases,
    ).toEqual(['fase-1', 'fase-2'])
  })

  it('reads a Gephi-style dynamic GEXF with dates: phases dated, markup kept as text', async () => {
    const read = await readImport(fixture('gephi-dynamic.gexf'))
    if (read.kind !== 'network') throw new Error(read.kind)
    expect(read.raw.actors.rows[0]?.values.get('color')).toBe('#ff8000')
    expect(read.raw.actors.rows[0]?.values.get('size')).toBe('12.5')
    expect(read.raw.actors.rows[0]?.values.get('x')).toBe('10.0')
    read.mapping.influence = 'power'
    const { mapNetwork } = await import('../../../src/domain/io/import/mapNetwork.ts')
    const result = mapNetwork(read.raw, read.mapping)
    const k = kase(result)
    expect(k.phases.map((p) => p.period?.start)).toEqual(['2019-01-01', '2021-01-01'])
    expect(result.dataset?.actors[0]?.label).toBe('Stichting <Buurt> & Co')
    expect(result.dataset?.actors.map((a) => a.partyType)).toEqual(['maatschappelijk', 'overheid'])
    expect(k.participants[0]?.positions.map((p) => p.influence)).toEqual([3, 7])
    expect(k.relations[0]).toMatchObject({
      source: '1',
      target: '0',
      directed: true,
      strength: 2,
      label: 'subsidie',
      phases: ['fase-1'],
    })
  })
})

describe('GraphML from other tools', () => {
  it('reads networkx GraphML with ids as labels', async () => {
    const result = await importFiles(fixture('davis-southern-women.graphml'))
    expect(errors(result)).toEqual([])
    expect(result.dataset?.actors).toHaveLength(32)
    expect(kase(result).relations).toHaveLength(89)
  })

  it('guesses Dutch attribute names: naam, partij, invloed, soort, weight', async () => {
    const result = await importFiles(fixture('networkx-attributes.graphml'))
    expect(errors(result)).toEqual([])
    expect(result.dataset?.actors.map((a) => [a.label, a.partyType])).toEqual([
      ['Wijkraad', 'burgers'],
      ['Woningcorporatie', 'markt'],
    ])
    expect(kase(result).participants.map((p) => p.positions[0]?.influence)).toEqual([6, 4])
    expect(kase(result).relations[0]).toMatchObject({ type: 'advies', strength: 2, directed: true })
  })

  it('reads labels and colours from yEd graphics', async () => {
    const read = await readImport(fixture('yed.graphml'))
    if (read.kind !== 'network') throw new Error(read.kind)
    expect(read.raw.actors.rows.map((r) => r.values.get('color'))).toEqual(['#FFCC00', '#99CCFF'])
    const result = await importFiles(fixture('yed.graphml'))
    expect(result.dataset?.actors.map((a) => a.label)).toEqual(['Buurtkamer', 'Gemeente'])
    expect(result.dataset?.actors[0]?.description).toBe('Zorgt voor de buurtkamer')
  })

  it('reads Cytoscape desktop names, sectors and interactions', async () => {
    const result = await importFiles(fixture('cytoscape.graphml'))
    expect(result.dataset?.actors.map((a) => [a.label, a.partyType])).toEqual([
      ['Huurdersvereniging', 'burgers'],
      ['Corporatie', 'markt'],
    ])
    expect(kase(result).relations[0]?.type).toBe('advies')
  })
})

describe('a CSV pair with mistakes', () => {
  it('imports the valid part and names every row left out or changed, with file, line, column and value', async () => {
    const result = await importFiles(
      fixture('csv-with-errors/actors.csv', 'csv-with-errors/relations.csv'),
    )
    expect(result.dataset?.actors.map((a) => a.id)).toEqual(['bewoners', 'gemeente', 'welzijn'])
    expect(kase(result).relations.map((r) => [r.source, r.target])).toEqual([
      ['gemeente', 'bewoners'],
      ['bewoners', 'welzijn'],
      ['welzijn', 'gemeente'],
    ])
    const found = result.issues.map(({ kind, severity, file, line, column, value }) => ({
      kind,
      severity,
      file,
      line,
      column,
      value,
    }))
    expect(found).toEqual(
      expect.arrayContaining([
        {
          kind: 'out-of-range',
          severity: 'warning',
          file: 'actors.csv',
          line: 3,
          column: 'influence',
          value: '12',
        },
        {
          kind: 'unknown-value',
          severity: 'warning',
          file: 'actors.csv',
          line: 4,
          column: 'type',
          value: 'onbekend',
        },
        {
          kind: 'missing-value',
          severity: 'error',
          file: 'actors.csv',
          line: 5,
          column: 'id',
          value: undefined,
        },
        {
          kind: 'duplicate-id',
          severity: 'error',
          file: 'actors.csv',
          line: 6,
          column: 'id',
          value: 'gemeente',
        },
        {
          kind: 'unknown-reference',
          severity: 'error',
          file: 'relations.csv',
          line: 4,
          column: 'to',
          value: 'spook',
        },
        {
          kind: 'unknown-value',
          severity: 'warning',
          file: 'relations.csv',
          line: 5,
          column: 'type',
          value: 'ruzie',
        },
        {
          kind: 'not-a-number',
          severity: 'warning',
          file: 'relations.csv',
          line: 5,
          column: 'strength',
          value: 'zeer sterk',
        },
      ]),
    )
    expect(result.issues.find((i) => i.kind === 'duplicate-id')?.message).toBe(
      'actor "gemeente" is listed twice: this row is left out',
    )
    expect(result.issues.find((i) => i.kind === 'unknown-reference')?.message).toBe(
      'actor "spook" is not in the actors: relation left out',
    )
    expect(
      kase(result).participants.find((p) => p.actor === 'gemeente')?.positions[0]?.influence,
    ).toBe(8)
    expect(result.dataset?.actors.find((a) => a.id === 'welzijn')).toMatchObject({
      label: '<script>alert(1)</script>',
      partyType: 'maatschappelijk',
    })
  })

  it('reads phases, participation and Dutch synonyms, with a BOM and CRLF', async () => {
    const result = await importFiles([
      {
        name: 'Actoren.csv',
        data: '\uFEFFid,naam,sector\r\nhuurders,Huurders,Bewoners\r\ncorp,Corporatie,Market\r\n',
      },
      {
        name: 'relaties.csv',
        data: 'van,naar,soort,richting,fasen,sterkte\r\ncorp,huurders,Funding,gericht,1|2,sterk\r\n',
      },
      { name: 'fasen.csv', data: 'order,label,start\r\n2,Uitvoering,2021\r\n1,Start,2019\r\n' },
      {
        name: 'deelname.csv',
        data: 'actor,phase,roles,influence\r\nhuurders,Start,initiator|participant,2\r\nhuurders,2,owner,7\r\ncorp,1,funder,5\r\ncorp,uitvoering,,4\r\n',
      },
    ])
    expect(errors(result)).toEqual([])
    const k = kase(result)
    expect(k.phases.map((p) => [p.id, p.order, p.period?.start])).toEqual([
      ['start', 1, '2019'],
      ['uitvoering', 2, '2021'],
    ])
    expect(k.participants[0]?.positions).toMatchObject([
      { phase: 'start', roles: ['initiatiefnemer', 'deelnemer'], influence: 2 },
      { phase: 'uitvoering', roles: ['eigenaar'], influence: 7 },
    ])
    expect(k.relations[0]).toMatchObject({
      type: 'financiering',
      directed: true,
      strength: 3,
      phases: ['start', 'uitvoering'],
    })
    expect(result.dataset?.actors.map((a) => a.partyType)).toEqual(['burgers', 'markt'])
  })

  it('takes the actors from the relations when there is no actors file', async () => {
    const result = await importFiles([{ name: 'plakken.csv', data: 'source,target\nA,B\nB,C\n' }])
    expect(result.dataset?.actors.map((a) => a.id)).toEqual(['a', 'b', 'c'])
    expect(
      result.issues.some(
        (i) => i.kind === 'missing-column' && i.message.includes('no actors table'),
      ),
    ).toBe(true)
  })

  it('keeps provenance from a provenance column and cites listed sources', async () => {
    const result = await importFiles([
      {
        name: 'actors.csv',
        data: 'id,label,provenance,sources\na,A,public-source,rapport\nb,B,,\n',
      },
      { name: 'relations.csv', data: 'from,to\na,b\n' },
      { name: 'sources.csv', data: 'id,title,year\nrapport,Wijkrapport,2020\n' },
    ])
    expect(result.dataset?.actors.map((a) => a.provenance)).toEqual([
      { kind: 'public-source', sources: ['rapport'] },
      { kind: 'illustrative' },
    ])
    expect(result.dataset?.sources).toEqual([{ id: 'rapport', title: 'Wijkrapport', year: 2020 }])
  })

  it('keeps formula-looking cells as text', async () => {
    const result = await importFiles([
      { name: 'actors.csv', data: 'id,label\na,=HYPERLINK("http://x")\nb,+1\n' },
      { name: 'relations.csv', data: 'from,to\na,b\n' },
    ])
    expect(result.dataset?.actors.map((a) => a.label)).toEqual(['=HYPERLINK("http://x")', '+1'])
  })

  it('reports an unclosed quote with its line and refuses that file', async () => {
    const result = await importFiles([{ name: 'actors.csv', data: 'id,label\na,"open\n' }])
    expect(result.dataset).toBeNull()
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        kind: 'syntax',
        file: 'actors.csv',
        line: 2,
        message: 'a quoted field is not closed: the file cannot be read',
      }),
    )
  })

  it('reports a row with more cells than the header and leaves it out', async () => {
    const result = await importFiles([
      { name: 'actors.csv', data: 'id,label\na,A\nb,B,extra\n' },
      { name: 'relations.csv', data: 'from,to\n' },
    ])
    expect(result.dataset?.actors.map((a) => a.id)).toEqual(['a'])
    expect(result.issues).toContainEqual(
      expect.objectContaining({ kind: 'syntax', line: 3, value: 'extra' }),
    )
  })
})

describe('numbers in a CSV set', () => {
  it('rounds, clamps and reads words for strength and influence, reporting each change', async () => {
    const actors = 'id,label,type,influence\na,A,burger,2.6\nb,B,overheid,-3\nc,C,markt,veel\n'
    const relations =
      'from,to,type,strength\na,b,samenwerking,5\nb,c,samenwerking,sterk\nc,a,samenwerking,0\n'
    const result = await importFiles([
      { name: 'actors.csv', data: actors },
      { name: 'relations.csv', data: relations },
    ])
    const influence = (actor: string) =>
      kase(result).participants.find((p) => p.actor === actor)?.positions[0]?.influence
    expect([influence('a'), influence('b')]).toEqual([3, 0])
    expect(kase(result).relations.map((r) => r.strength)).toEqual([3, 3, 1])
    const messages = result.issues.map((i) => `${i.file}:${String(i.line)} ${i.message}`)
    expect(messages).toEqual(
      expect.arrayContaining([
        'actors.csv:2 influence must be a whole number 0–8: 3 is used',
        'actors.csv:3 influence must be a whole number 0–8: 0 is used',
        'relations.csv:2 strength must be 1, 2 or 3: 3 is used',
        'relations.csv:4 strength must be 1, 2 or 3: 1 is used',
      ]),
    )
    expect(result.issues.find((i) => i.value === 'veel')?.kind).toBe('not-a-number')
  })
})
