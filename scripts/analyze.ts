/**
 * Network measures of a dataset or an edge list, as JSON on stdout.
 *
 *   npm run --silent analyze -- FILE [--nodes NODES.csv] [--directed]
 *   npm run --silent analyze -- actors.csv relations.csv [phases.csv participation.csv]
 *
 * FILE is the app's dataset JSON (one graph per case and phase), a GEXF, GraphML or Excel
 * file, or an edge-list CSV with a `source,target[,weight]` header; `--nodes` adds an
 * `id,label` CSV so that isolates and labels are included. Several CSV files are read as the
 * CSV pair of the import dialog. GEXF, GraphML, Excel and the CSV pair go through the app's
 * importers with their automatic column mapping. On bad input the command prints one line on stderr, naming the file
 * and the line or JSON path, and exits with a non-zero status.
 */
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { buildCaseGraph, phaseGraph } from '../src/domain/caseGraph.ts'
import { edgeListGraph, parseEdgeListCsv, parseNodeListCsv } from '../src/domain/io/edgeListCsv.ts'
import { stripBom } from '../src/domain/io/csv.ts'
import { type AnalysisGraph, toAnalysisGraph } from '../src/domain/metrics/analysisGraph.ts'
import { measureNetwork } from '../src/domain/metrics/nodeMeasures.ts'
import { importFiles } from '../src/domain/io/import/index.ts'
import { DATASET_FORMAT, type Dataset } from '../src/domain/schema.ts'
import { parseDataset } from '../src/domain/validate.ts'

const USAGE = 'usage: analyze FILE [--nodes NODES.csv] [--directed]'

/** Bad input: the message is the whole line printed on stderr. */
class InputError extends Error {}

interface Args {
  file: string
  /** Further files: the other tables of a CSV pair. */
  more: string[]
  nodes: string | undefined
  directed: boolean
}

function parseArgs(argv: readonly string[]): Args {
  let file: string | undefined
  let nodes: string | undefined
  let directed = false
  const more: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === '--directed') directed = true
    else if (arg === '--nodes') {
      nodes = argv[++i]
      if (nodes === undefined) throw new InputError(`--nodes needs a file name; ${USAGE}`)
    } else if (arg.startsWith('--nodes=')) nodes = arg.slice('--nodes='.length)
    else if (arg.startsWith('-')) throw new InputError(`unknown option "${arg}"; ${USAGE}`)
    else if (file === undefined) file = arg
    else if (/\.csv$/i.test(file) && /\.csv$/i.test(arg)) more.push(arg)
    else throw new InputError(`more than one input file ("${file}", "${arg}"); ${USAGE}`)
  }
  if (file === undefined) throw new InputError(`no input file; ${USAGE}`)
  return { file, more, nodes, directed }
}

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error'
    throw new InputError(`${file}: cannot read the file (${code})`)
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ')
}

function graphJson(id: string, graph: AnalysisGraph, extra: { caseId?: string; phaseId?: string }) {
  const { nodes, network } = measureNetwork(graph)
  return {
    id,
    ...extra,
    directed: graph.directed,
    network: {
      nodes: network.n,
      edges: network.m,
      density: network.density,
      degreeCentralization: network.degreeCentralization,
      betweennessCentralization: network.betweennessCentralization,
    },
    nodes: nodes.map((n) => ({
      id: n.id,
      label: n.label,
      degree: n.degree,
      betweenness: n.betweenness,
      betweennessNormalized: n.betweennessNormalized,
      closeness: n.closeness,
      pagerank: n.pagerank,
    })),
  }
}

/** GEXF, GraphML, Excel or a CSV pair, through the importers of the import dialog. */
async function analyzeImported(args: Args) {
  if (args.nodes !== undefined)
    throw new InputError(`${args.file}: --nodes only applies to an edge-list CSV`)
  const files = [args.file, ...args.more].map((name) => ({
    name,
    data: new Uint8Array(readBytes(name)),
  }))
  const result = await importFiles(files)
  const errors = result.issues.filter((issue) => issue.severity === 'error')
  if (!result.dataset) {
    const first = errors[0] ?? result.issues[0]
    const where =
      first?.line !== undefined ? `:${first.line}` : first?.element ? `: ${first.element}` : ''
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more problems)` : ''
    throw new InputError(
      `${first?.file || args.file}${where}: ${oneLine(first?.message ?? 'nothing to import')}${more}`,
    )
  }
  return graphsOf(result.dataset, args)
}

function readBytes(file: string): Buffer {
  try {
    return readFileSync(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error'
    throw new InputError(`${file}: cannot read the file (${code})`)
  }
}

function graphsOf(dataset: Dataset, args: Args) {
  return dataset.cases.flatMap((kase) => {
    const caseGraph = buildCaseGraph(dataset, kase)
    return caseGraph.phases.flatMap((phase) => {
      const graph = phaseGraph(caseGraph, phase.id)
      if (!graph) return []
      const analysis = toAnalysisGraph(graph, { directed: args.directed })
      return [graphJson(`${kase.id}/${phase.id}`, analysis, { caseId: kase.id, phaseId: phase.id })]
    })
  })
}

function analyzeDataset(file: string, text: string, args: Args) {
  let json: unknown
  try {
    json = JSON.parse(stripBom(text))
  } catch (error) {
    throw new InputError(`${file}: invalid JSON: ${oneLine((error as Error).message)}`)
  }
  const format = (json as { format?: unknown } | null)?.format
  if (format !== DATASET_FORMAT)
    throw new InputError(
      `${file}: $.format: expected "${DATASET_FORMAT}"; other files must be an edge-list CSV`,
    )
  if (args.nodes !== undefined)
    throw new InputError(`${file}: --nodes only applies to an edge-list CSV, not to a dataset`)
  const result = parseDataset(json)
  if (!result.ok) {
    const errors = result.issues.filter((issue) => issue.severity === 'error')
    const first = errors[0] ?? result.issues[0]
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more problems)` : ''
    throw new InputError(
      `${file}: ${first?.path ?? '$'}: ${oneLine(first?.message ?? 'invalid dataset')}${more}`,
    )
  }
  return graphsOf(result.dataset, args)
}

function analyzeCsv(file: string, text: string, args: Args) {
  const edges = parseEdgeListCsv(text)
  if (!edges.ok) throw new InputError(`${file}:${edges.error.line}: ${edges.error.message}`)
  let nodes
  if (args.nodes !== undefined) {
    const parsed = parseNodeListCsv(read(args.nodes))
    if (!parsed.ok)
      throw new InputError(`${args.nodes}:${parsed.error.line}: ${parsed.error.message}`)
    nodes = parsed.value
  }
  const graph = edgeListGraph(edges.value, nodes, { directed: args.directed })
  if (!graph.ok) {
    const against = args.nodes === undefined ? '' : ` (${args.nodes})`
    throw new InputError(`${file}:${graph.error.line}: ${graph.error.message}${against}`)
  }
  return [graphJson(basename(file).replace(/\.csv$/i, ''), graph.value, {})]
}

async function main(argv: readonly string[]): Promise<void> {
  const args = parseArgs(argv)
  if (args.more.length > 0 || /\.(gexf|graphml|xlsx)$/i.test(args.file)) {
    const graphs = await analyzeImported(args)
    process.stdout.write(`${JSON.stringify({ graphs }, null, 2)}\n`)
    return
  }
  const text = read(args.file)
  const looksLikeJson = /^\s*[{[]/.test(stripBom(text)) || /\.json$/i.test(args.file)
  const graphs = looksLikeJson
    ? analyzeDataset(args.file, text, args)
    : analyzeCsv(args.file, text, args)
  process.stdout.write(`${JSON.stringify({ graphs }, null, 2)}\n`)
}

// A reader that stops early (`| head`) is not an error of the input.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(0)
})

main(process.argv.slice(2)).catch((error: unknown) => {
  if (!(error instanceof InputError)) throw error
  process.stderr.write(`analyze: ${oneLine(error.message)}\n`)
  process.exitCode = 1
})
