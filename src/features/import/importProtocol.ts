import type {
  ImportMapping,
  ImportResult,
  InputFile,
  RawNetwork,
  ReadResult,
} from '../../domain/io/import/index.ts'

/** Messages between the page and the import worker. */
export type ImportRequest =
  | { id: number; type: 'read'; files: InputFile[] }
  | { id: number; type: 'map'; raw: RawNetwork; mapping: ImportMapping }

export type ImportResponse =
  | { id: number; type: 'read'; result: ReadResult }
  | { id: number; type: 'map'; result: ImportResult }
  | { id: number; type: 'error'; message: string }
