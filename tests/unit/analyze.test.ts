import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { makeNetworkDataset, SECTION_3_5 } from './metrics/builders.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const NETWORKS = join(ROOT, 'tests/fixtures/networks')
const TMP = mkdtempSync(join(tmpdir(), 'analyze-test-'))
afterAll(() => rmSync(TMP, { recursive: true, force: true }))

interface Run {
  code: number
  stdout: string
  stderr: string
}

function analyze(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', 'scripts/analyze.ts', ...args],
      { cwd: ROOT },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    )
  })
}

function temp(name: string, content: string): string {
  const file = join(TMP, name)
  writeFileSync(file, content)
  return file
}

interface NodeOut {
  id: string
  label: string
  degree: number
  betweenness: number
  betweennessNormalized: number
  closeness: number
  pagerank: number
}
interface GraphOut {
  id: string
  caseId?: string
  phaseId?: string
  directed: boolean
  network: Record<string, number>
  nodes: NodeOut[]
}

const REFERENCE_KEYS = [
  ['degree', 'degree'],
  ['betweenness', 'betweenness_raw'],
  ['betweennessNormalized', 'betweenness_normalized'],
  ['closeness', 'closeness'],
  ['pagerank', 'pagerank'],
] as const

describe.concurrent('npm run analyze on edge lists', () => {
  it.each([
    ['krackhardt-kite', []],
    ['davis-southern-women', []],
    ['random-directed-30', ['--directed']],
    ['directed-dangling', ['--directed', '--nodes']],
    ['undirected-components', ['--nodes']],
    ['path-5', []],
  ])('matches the networkx reference of %s to 1e-9', { timeout: 60_000 }, async (name, flags) => {
    const args = [join(NETWORKS, `${name}.edges.csv`)]
    if (flags.includes('--directed')) args.push('--directed')
    if (flags.includes('--nodes')) args.push('--nodes', join(NETWORKS, `${name}.nodes.csv`))
    const run = await analyze(...args)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const ref = JSON.parse(readFileSync(join(NETWORKS, `${name}.reference.json`), 'utf8'))
    const { graphs } = JSON.parse(run.stdout) as { graphs: GraphOut[] }
    expect(graphs).toHaveLength(1)
    const [graph] = graphs as [GraphOut]
    expect(graph.directed).toBe(ref.directed)
    expect(graph.network.nodes).toBe(ref.nodes)
    expect(graph.network.edges).toBe(ref.edges)
    expect(Math.abs((graph.network.density ?? Number.NaN) - ref.density)).toBeLessThan(1e-9)
    if (ref.degree_centralization !== undefined) {
      expect(graph.network.degreeCentralization).toBeCloseTo(ref.degree_centralization, 9)
      expect(graph.network.betweennessCentralization).toBeCloseTo(ref.betweenness_centralization, 9)
    }
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(Object.keys(ref.degree).sort())
    for (const node of graph.nodes)
      for (const [ours, theirs] of REFERENCE_KEYS)
        expect(Math.abs(node[ours] - ref[theirs][node.id]), `${node.id} ${ours}`).toBeLessThan(1e-9)
  })

  it('labels nodes from --nodes, quoted labels included', { timeout: 60_000 }, async () => {
    const run = await analyze(
      join(NETWORKS, 'directed-dangling.edges.csv'),
      '--nodes',
      join(NETWORKS, 'directed-dangling.nodes.csv'),
    )
    const { graphs } = JSON.parse(run.stdout) as { graphs: GraphOut[] }
    expect(graphs[0]?.nodes.find((n) => n.id === 'c')?.label).toBe('Welzijn, Oost')
    expect(graphs[0]?.directed).toBe(false)
  })
})

describe.concurrent('npm run analyze on a dataset', () => {
  it(
    'gives one graph per case and phase, with the measures of the phase',
    { timeout: 60_000 },
    async () => {
      const file = temp('dataset.json', JSON.stringify(makeNetworkDataset(SECTION_3_5)))
      const run = await analyze(file)
      expect(run.code).toBe(0)
      const { graphs } = JSON.parse(run.stdout) as { graphs: GraphOut[] }
      expect(graphs.map((g) => [g.id, g.caseId, g.phaseId])).toEqual([['casus/p1', 'casus', 'p1']])
      const [graph] = graphs as [GraphOut]
      expect(graph.network).toMatchObject({ nodes: 6, edges: 8 })
      expect(graph.network.degreeCentralization).toBeCloseTo(0.4, 12)
      expect(graph.network.betweennessCentralization).toBeCloseTo(0.28, 12)
      expect(graph.nodes.find((n) => n.id === 'welzijn')?.betweenness).toBeCloseTo(11 / 3, 12)
    },
  )
})

describe.concurrent('npm run analyze on bad input', () => {
  const csv = (name: string, text: string) => temp(name, text)
  const cases: [string, () => string[], RegExp][] = [
    [
      'a missing file',
      () => [join(TMP, 'absent.csv')],
      /absent\.csv: cannot read the file \(ENOENT\)/,
    ],
    ['a bad header', () => [csv('header.csv', 'from,to\na,b\n')], /header\.csv:1: bad header/],
    [
      'an empty id',
      () => [csv('empty.csv', 'source,target\na,b\n"",c\n')],
      /empty\.csv:3: source is empty/,
    ],
    [
      'a non-numeric weight',
      () => [csv('weight.csv', 'source;target;weight\na;b;1,5\nb;c;veel\n')],
      /weight\.csv:3: weight "veel" is not a number/,
    ],
    [
      'an edge to a node missing from --nodes',
      () => [
        csv('e.csv', 'source,target\na,b\nb,x\n'),
        '--nodes',
        csv('n.csv', 'id,label\na,A\nb,B\n'),
      ],
      /e\.csv:3: node "x" is not in the node list \(.*n\.csv\)/,
    ],
    [
      'a bad node list',
      () => [csv('e2.csv', 'source,target\na,b\n'), '--nodes', csv('n2.csv', 'id\na\na\n')],
      /n2\.csv:3: node "a" is listed twice/,
    ],
    [
      'an invalid dataset',
      () => {
        const dataset = makeNetworkDataset(SECTION_3_5)
        const [kase] = dataset.cases
        if (kase?.relations[0]) kase.relations[0].source = 'nobody'
        return [temp('bad.json', JSON.stringify(dataset))]
      },
      /bad\.json: \$\.cases\[0\]\.relations\[0\]\.source: unknown actor "nobody"/,
    ],
    ['broken JSON', () => [temp('broken.json', '{"format": ')], /broken\.json: invalid JSON/],
    [
      'an unknown flag',
      () => [join(NETWORKS, 'path-5.edges.csv'), '--weighted'],
      /unknown option "--weighted"/,
    ],
    ['no file', () => [], /no input file/],
  ]
  it.each(cases)(
    'exits non-zero with one line on stderr for %s',
    { timeout: 60_000 },
    async (_, args, message) => {
      const run = await analyze(...args())
      expect(run.code).not.toBe(0)
      expect(run.stdout).toBe('')
      expect(run.stderr).toMatch(message)
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
    },
  )
})

describe.concurrent('npm run analyze on GEXF, GraphML, the CSV pair and Excel', () => {
  const IMPORT = join(ROOT, 'tests/fixtures/import')

  it.each([
    ['krackhardt-kite.gexf', 'krackhardt-kite'],
    ['davis-southern-women.graphml', 'davis-southern-women'],
  ])(
    'reads %s through the importers and matches networkx to 1e-9',
    { timeout: 60_000 },
    async (file, name) => {
      const run = await analyze(join(IMPORT, file))
      expect(run.stderr).toBe('')
      const ref = JSON.parse(readFileSync(join(NETWORKS, `${name}.reference.json`), 'utf8'))
      const { graphs } = JSON.parse(run.stdout) as { graphs: GraphOut[] }
      expect(graphs).toHaveLength(1)
      const [graph] = graphs as [GraphOut]
      expect(graph.network.nodes).toBe(ref.nodes)
      expect(graph.network.edges).toBe(ref.edges)
      // Imported ids are slugs; the file's ids are the labels.
      for (const node of graph.nodes)
        for (const [ours, theirs] of REFERENCE_KEYS)
          expect(
            Math.abs(node[ours] - ref[theirs][node.label]),
            `${node.label} ${ours}`,
          ).toBeLessThan(1e-9)
    },
  )

  it(
    'reads a CSV pair, leaving out the rows the import report would',
    { timeout: 60_000 },
    async () => {
      const run = await analyze(
        join(IMPORT, 'csv-with-errors/actors.csv'),
        join(IMPORT, 'csv-with-errors/relations.csv'),
      )
      expect(run.code).toBe(0)
      const { graphs } = JSON.parse(run.stdout) as { graphs: GraphOut[] }
      expect(graphs[0]?.network).toMatchObject({ nodes: 3, edges: 3 })
    },
  )

  it('reads a dynamic GEXF as one graph per phase', { timeout: 60_000 }, async () => {
    const run = await analyze(join(IMPORT, 'networkx-dynamic.gexf'))
    const { graphs } = JSON.parse(run.stdout) as { graphs: GraphOut[] }
    expect(graphs.map((g) => [g.phaseId, g.network.nodes])).toEqual([
      ['fase-1', 2],
      ['fase-2', 3],
      ['fase-3', 2],
    ])
  })

  it('reads an Excel workbook', { timeout: 60_000 }, async () => {
    const { makeXlsx } = await import('./io/xlsx.ts')
    const file = join(TMP, 'netwerk.xlsx')
    writeFileSync(
      file,
      makeXlsx({
        actors: [
          ['id', 'label'],
          ['a', 'A'],
          ['b', 'B'],
          ['c', 'C'],
        ],
        relations: [
          ['from', 'to'],
          ['a', 'b'],
          ['b', 'c'],
        ],
      }),
    )
    const run = await analyze(file)
    const { graphs } = JSON.parse(run.stdout) as { graphs: GraphOut[] }
    expect(graphs[0]?.nodes.find((n) => n.id === 'b')?.degree).toBe(2)
  })

  it.each([
    ['a truncated GEXF', 'cut.gexf', '<gexf><graph><nodes>', /cut\.gexf:1: not well-formed XML/],
    [
      'an entity bomb',
      'bomb.graphml',
      '<!DOCTYPE g [<!ENTITY a "aaaa">]><graphml/>',
      /bomb\.graphml:1: the file declares <!DOCTYPE>/,
    ],
  ])('exits non-zero with one line for %s', { timeout: 60_000 }, async (_, name, text, message) => {
    const run = await analyze(temp(name, text))
    expect(run.code).not.toBe(0)
    expect(run.stderr).toMatch(message)
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
  })
})
