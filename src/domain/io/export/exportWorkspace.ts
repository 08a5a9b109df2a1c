import { strToU8, zipSync } from 'fflate'
import type { Case, Dataset } from '../../schema.ts'
import { assertNever } from '../../../lib/assertNever.ts'
import { toSlug } from '../import/slug.ts'
import { writeCsvPair } from './csvPair.ts'
import { writeGexf } from './gexf.ts'
import { writeGraphml } from './graphml.ts'

export const EXPORT_FORMATS = ['json', 'csv', 'gexf', 'graphml'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export interface ExportFile {
  name: string
  mime: string
  content: string | Uint8Array
}

/** The app's own JSON: everything, readable by the importer as it is. */
export function writeAppJson(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`
}

function caseName(kase: Case): string {
  return toSlug(kase.title) || kase.id
}

/**
 * A workspace (a dataset) as one file in a format. The CSV tables come as a ZIP; GEXF and
 * GraphML hold one case each, so a dataset of several cases becomes a ZIP of one file per case.
 */
export function exportFile(dataset: Dataset, format: ExportFormat): ExportFile {
  const base = toSlug(dataset.title) || 'netwerk'
  const zip = (files: Record<string, string>): ExportFile => ({
    name: `${base}-${format}.zip`,
    mime: 'application/zip',
    content: zipSync(
      Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])),
    ),
  })
  switch (format) {
    case 'json':
      return { name: `${base}.json`, mime: 'application/json', content: writeAppJson(dataset) }
    case 'csv': {
      const files: Record<string, string> = {}
      const prefix = dataset.cases.length > 1
      for (const kase of dataset.cases)
        for (const [name, text] of Object.entries(writeCsvPair(dataset, kase)))
          files[prefix ? `${caseName(kase)}/${name}` : name] = text
      return zip(files)
    }
    case 'gexf':
    case 'graphml': {
      const write = format === 'gexf' ? writeGexf : writeGraphml
      const mime = format === 'gexf' ? 'application/gexf+xml' : 'application/graphml+xml'
      const only = dataset.cases.length === 1 ? dataset.cases[0] : undefined
      if (only) return { name: `${base}.${format}`, mime, content: write(dataset, only) }
      return zip(
        Object.fromEntries(
          dataset.cases.map((k) => [`${caseName(k)}.${format}`, write(dataset, k)]),
        ),
      )
    }
    default:
      return assertNever(format)
  }
}

/** The export as a Blob, ready to be saved; saving it is the caller's job. */
export function exportWorkspace(dataset: Dataset, format: ExportFormat): Blob {
  const file = exportFile(dataset, format)
  const content = typeof file.content === 'string' ? file.content : new Uint8Array(file.content)
  return new Blob([content], { type: file.mime })
}
