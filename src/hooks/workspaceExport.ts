import {
  EXPORT_FORMATS,
  type ExportFormat,
  exportFile,
  exportWorkspace,
} from '../domain/io/export/exportWorkspace.ts'
import type { Dataset } from '../domain/schema.ts'
import { saveBlob } from '../lib/saveBlob.ts'

export { EXPORT_FORMATS, type ExportFormat }

/** Saves a workspace's dataset as a file in one of the export formats. */
export function downloadWorkspace(dataset: Dataset, format: ExportFormat): void {
  saveBlob(exportWorkspace(dataset, format), exportFile(dataset, format).name)
}
