import { DATASET_FORMAT } from '../../schema.ts'
import { parseJson } from '../../../lib/parseJson.ts'
import { parseDataset } from '../../validate.ts'
import { decodeText } from './decode.ts'
import { migrate } from './migrations.ts'
import { type ImportResult, type InputFile, issue } from './types.ts'

/**
 * Reads the app's own JSON: format name and version checked, older versions migrated, then
 * the one gate `parseDataset`. Its issues keep their JSON path as the element.
 */
export function readAppJson(file: InputFile): ImportResult {
  const decoded = decodeText(file)
  if (!decoded.ok) return { dataset: null, issues: decoded.issues }
  const issues = [...decoded.issues]
  const read = parseJson(decoded.text)
  if (!read.ok)
    return {
      dataset: null,
      issues: [...issues, issue('syntax', 'error', file.name, `not valid JSON: ${read.message}`)],
    }
  const json = read.value
  if (
    typeof json !== 'object' ||
    json === null ||
    Array.isArray(json) ||
    (json as { format?: unknown }).format !== DATASET_FORMAT
  )
    return {
      dataset: null,
      issues: [
        ...issues,
        issue(
          'file',
          'error',
          file.name,
          `not a Wijknetwerk file: "format" must be "${DATASET_FORMAT}"`,
          { element: '$.format' },
        ),
      ],
    }
  const migrated = migrate(json as Record<string, unknown>)
  if (!migrated.ok)
    return {
      dataset: null,
      issues: [
        ...issues,
        issue('migration', 'error', file.name, migrated.message, { element: '$.version' }),
      ],
    }
  if (migrated.from !== migrated.json.version)
    issues.push(
      issue(
        'migration',
        'warning',
        file.name,
        `an older file (version ${String(migrated.from)}) was updated to version ${String(migrated.json.version)}`,
        { element: '$.version' },
      ),
    )
  const result = parseDataset(migrated.json)
  const found = result.ok ? result.warnings : result.issues
  for (const d of found)
    issues.push(issue('schema', d.severity, file.name, d.message, { element: d.path }))
  return { dataset: result.ok ? result.dataset : null, issues }
}
