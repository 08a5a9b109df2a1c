import { readdirSync, readFileSync } from 'node:fs'
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
  initial: BundleFile[]
  lazy: BundleFile[]
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
 * What the browser loads before the app starts (the entry script, its module preloads and
 * stylesheets, as index.html names them) and every other script, loaded on demand.
 */
export function bundleReport(appDir: string): BundleReport {
  const html = readFileSync(join(appDir, 'index.html'), 'utf8')
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1]!,
  )
  const initialFiles = [...new Set(refs)]
  const assets = readdirSync(join(appDir, 'assets')).map((f) => `assets/${f}`)
  const initial = initialFiles.map((f) => measure(appDir, f))
  const lazy = assets
    .filter((f) => f.endsWith('.js') && !initialFiles.includes(f))
    .map((f) => measure(appDir, f))
    .sort((a, b) => b.gzipKB - a.gzipKB)
  const sum = (files: BundleFile[], ext: string) =>
    kb(files.filter((f) => f.file.endsWith(ext)).reduce((s, f) => s + f.gzipKB * 1024, 0))
  return {
    initialJsGzipKB: sum(initial, '.js'),
    initialCssGzipKB: sum(initial, '.css'),
    initial: initial.sort((a, b) => b.gzipKB - a.gzipKB),
    lazy,
  }
}
