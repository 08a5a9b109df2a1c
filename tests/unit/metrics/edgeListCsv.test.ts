import { describe, expect, it } from 'vitest'
import { detectDelimiter, tokenizeCsv } from '../../../src/domain/io/csv.ts'
import {
  edgeListGraph,
  parseEdgeListCsv,
  parseNodeListCsv,
} from '../../../src/domain/io/edgeListCsv.ts'

function edges(text: string) {
  const result = parseEdgeListCsv(text)
  if (!result.ok) throw new Error(`line ${result.error.line}: ${result.error.message}`)
  return result.value.map(({ source, target, weight }) => [source, target, weight])
}

function error(result: { ok: true } | { ok: false; error: { line: number; message: string } }) {
  return result.ok ? undefined : result.error
}

describe('tokenizeCsv', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    const result = tokenizeCsv('a,b\n"x, y","say ""hi"""\n"two\nlines",z\r\n', ',')
    expect(result).toEqual({
      ok: true,
      value: [
        { fields: ['a', 'b'], line: 1 },
        { fields: ['x, y', 'say "hi"'], line: 2 },
        { fields: ['two\nlines', 'z'], line: 3 },
      ],
    })
  })

  it('skips blank lines but keeps counting them', () => {
    const result = tokenizeCsv('a,b\n\n\nc,d', ',')
    expect(result.ok && result.value.map((r) => r.line)).toEqual([1, 4])
  })

  it('reports an unclosed quote and text after a closing quote with their line', () => {
    expect(error(tokenizeCsv('a,b\n"open,c\nd,e', ','))).toEqual({
      line: 2,
      message: 'a quoted field is not closed',
    })
    expect(error(tokenizeCsv('a,b\n"x"y,c', ','))?.line).toBe(2)
  })

  it('detects semicolon files from the header', () => {
    expect(detectDelimiter('\uFEFFsource;target;weight\na;b;1,5')).toBe(';')
    expect(detectDelimiter('source,target\n"a;b",c')).toBe(',')
  })
})

describe('parseEdgeListCsv', () => {
  it('reads comma and semicolon files, with or without byte-order mark and weights', () => {
    expect(edges('source,target,weight\na,b,2\nb,c,0.5\n')).toEqual([
      ['a', 'b', 2],
      ['b', 'c', 0.5],
    ])
    expect(edges('\uFEFFsource;target\n"Wijk, Oost";b\n')).toEqual([['Wijk, Oost', 'b', 1]])
  })

  it('accepts a decimal comma in a semicolon file', () => {
    expect(edges('source;target;weight\na;b;1,5\n')).toEqual([['a', 'b', 1.5]])
  })

  it('matches header names without regard to case and ignores extra columns', () => {
    expect(edges('Source,Target,Type,Weight\na,b,Undirected,3\n')).toEqual([['a', 'b', 3]])
  })

  it('rejects a bad header, an empty id, a wrong number of fields and a bad weight by line', () => {
    expect(error(parseEdgeListCsv('from,to\na,b\n'))).toMatchObject({ line: 1 })
    expect(error(parseEdgeListCsv('from,to\na,b\n'))?.message).toMatch(
      /bad header.*"source", "target"/,
    )
    expect(error(parseEdgeListCsv(''))?.message).toMatch(/empty/)
    expect(error(parseEdgeListCsv('source,target\na,b\n ,c\n'))).toEqual({
      line: 3,
      message: 'source is empty',
    })
    expect(error(parseEdgeListCsv('source,target\na,b,c\n'))?.line).toBe(2)
    expect(error(parseEdgeListCsv('source,target,weight\na,b,1\nb,c,heavy\n'))).toEqual({
      line: 3,
      message: 'weight "heavy" is not a number',
    })
    expect(error(parseEdgeListCsv('source,target,weight\na,b,-1\n'))?.message).toMatch(/positive/)
    expect(error(parseEdgeListCsv('source,target,weight\na,b,\n'))?.message).toBe('weight is empty')
  })
})

describe('parseNodeListCsv and edgeListGraph', () => {
  const rows = parseEdgeListCsv('source,target\na,b\nb,c\n')
  if (!rows.ok) throw new Error('fixture')

  it('adds isolates and labels from the node list, in its order', () => {
    const nodes = parseNodeListCsv('id,label\nc,Corporatie\nb,\na,Gemeente\nz,Kerk\n')
    if (!nodes.ok) throw new Error('fixture')
    const graph = edgeListGraph(rows.value, nodes.value)
    expect(graph.ok && graph.value.nodes).toEqual([
      { id: 'c', label: 'Corporatie' },
      { id: 'b', label: 'b' },
      { id: 'a', label: 'Gemeente' },
      { id: 'z', label: 'Kerk' },
    ])
  })

  it('takes the nodes from the edges, in order of appearance, without a node list', () => {
    const graph = edgeListGraph(rows.value, undefined)
    expect(graph.ok && graph.value.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c'])
  })

  it('rejects an edge whose end is not in the node list, naming the edge line', () => {
    const nodes = parseNodeListCsv('id\na\nb\n')
    if (!nodes.ok) throw new Error('fixture')
    expect(error(edgeListGraph(rows.value, nodes.value))).toEqual({
      line: 3,
      message: 'node "c" is not in the node list',
    })
  })

  it('rejects a node list with a duplicate or empty id', () => {
    expect(error(parseNodeListCsv('id,label\na,A\na,B\n'))).toEqual({
      line: 3,
      message: 'node "a" is listed twice',
    })
    expect(error(parseNodeListCsv('id,label\n,A\n'))?.line).toBe(2)
  })
})
