import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface BundleFile {
  /** The chunk's name without its content hash, e.g. `cytoscape`. */
  name: string
  file: string
  rawKB: number
  gzipKB: number
}

export interface BundleReport {
  initialJsGzipKB: number
  initialCssGzipKB: number
  /** The first script and what it loads at once: the app itself. */
  initial: BundleFile[]
  /** Also loaded at once: Cytoscape, the early drawing of the first graph, and the canvas. */
  graph: BundleFile[]
  lazy: BundleFile[]
}

/** The page's first script loads these modules as soon as it runs (see src/main.ts). */
const LOADED_AT_ONCE = ['src/app/start.tsx']
const LOADED_FOR_THE_GRAPH = ['src/graph/early/earlyGraph.ts', 'src/graph/GraphCanvas.tsx']

interface ManifestChunk {
  file: string
  imports?: string[]
  css?: string[]
  isEntry?: boolean
}
type Manifest = Record<string, ManifestChunk>

/** The files of `keys` and of everything they import statically, with their stylesheets. */
function closure(manifest: Manifest, keys: readonly string[]): string[] {
  const files = new Set<string>()
  const seen = new Set<string>()
  const visit = (key: string) => {
    if (seen.has(key)) return
    seen.add(key)
    const chunk = manifest[key]
    if (!chunk) return
    files.add(chunk.file)
    chunk.css?.forEach((css) => files.add(css))
    chunk.imports?.forEach(visit)
  }
  keys.forEach(visit)
  return [...files]
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10

function measure(dir: string, file: string): BundleFile {
  const bytes = readFileSync(join(dir, file))
  const base = file.split('/').pop() ?? file
  return {
    name: base.replace(/-[\w-]{8}\.(js|css)$/, ''),
    file,
    rawKB: kb(bytes.length),
    gzipKB: kb(gzipSync(bytes, { level: 9 }).length),
  }
}

/**
 * What the browser loads before the app shows anything: the entry script with its module
 * preloads and stylesheets, and (read from Vite's manifest) the app chunks the entry imports
 * at once; then the Cytoscape canvas for the first graph, and every other script, on demand.
 */
export function bundleReport(appDir: string): BundleReport {
  const html = readFileSync(join(appDir, 'index.html'), 'utf8')
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1]!,
  )
  const manifestFile = join(appDir, '.vite/manifest.json')
  if (!existsSync(manifestFile))
    throw new Error(
      `${manifestFile} is missing: build the app with build.manifest (vite.config.ts)`,
    )
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest
  const initialFiles = [...new Set([...refs, ...closure(manifest, LOADED_AT_ONCE)])]
  const assets = readdirSync(join(appDir, 'assets')).map((f) => `assets/${f}`)
  // The dataset worker is not among them: the page starts it only where it cannot compare the
  // file's digest with the build's (src/boot/bundledDataset.ts).
  const graphFiles = closure(manifest, LOADED_FOR_THE_GRAPH).filter(
    (f) => !initialFiles.includes(f),
  )
  const initial = initialFiles.map((f) => measure(appDir, f))
  const graph = graphFiles.map((f) => measure(appDir, f))
  const lazy = assets
    .filter((f) => f.endsWith('.js') && !initialFiles.includes(f) && !graphFiles.includes(f))
    .map((f) => measure(appDir, f))
    .sort((a, b) => b.gzipKB - a.gzipKB)
  const sum = (files: BundleFile[], ext: string) =>
    kb(files.filter((f) => f.file.endsWith(ext)).reduce((s, f) => s + f.gzipKB * 1024, 0))
  return {
    initialJsGzipKB: sum(initial, '.js'),
    initialCssGzipKB: sum(initial, '.css'),
    initial: initial.sort((a, b) => b.gzipKB - a.gzipKB),
    graph: graph.sort((a, b) => b.gzipKB - a.gzipKB),
    lazy,
  }
}
