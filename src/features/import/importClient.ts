import type {
  ImportMapping,
  ImportResult,
  InputFile,
  RawNetwork,
  ReadResult,
} from '../../domain/io/import/index.ts'
import type { ImportRequest, ImportResponse } from './importProtocol.ts'

/** Longer than any file under the size limit needs; then the worker is stopped. */
export const IMPORT_TIMEOUT_MS = 60_000

export class ImportTimeoutError extends Error {}

let worker: Worker | null = null
let nextId = 1

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null
  worker ??= new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' })
  return worker
}

/**
 * Runs a request in the import worker, or in this thread where there are no workers (tests).
 * A request that takes too long stops the worker: the next one starts a fresh one.
 */
async function run(request: ImportRequest): Promise<ImportResponse> {
  const target = startWorker()
  if (!target) {
    const { mapNetwork, readImport } = await import('../../domain/io/import/index.ts')
    return request.type === 'read'
      ? { id: request.id, type: 'read', result: await readImport(request.files) }
      : { id: request.id, type: 'map', result: mapNetwork(request.raw, request.mapping) }
  }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      target.terminate()
      worker = null
      reject(new ImportTimeoutError('import timed out'))
    }, IMPORT_TIMEOUT_MS)
    const onMessage = (event: MessageEvent<ImportResponse>) => {
      if (event.data.id !== request.id) return
      clearTimeout(timer)
      target.removeEventListener('message', onMessage)
      resolve(event.data)
    }
    target.addEventListener('message', onMessage)
    target.postMessage(request)
  })
}

export async function readInWorker(files: InputFile[]): Promise<ReadResult> {
  const response = await run({ id: nextId++, type: 'read', files })
  if (response.type === 'error') throw new Error(response.message)
  if (response.type !== 'read') throw new Error('unexpected reply')
  return response.result
}

export async function mapInWorker(raw: RawNetwork, mapping: ImportMapping): Promise<ImportResult> {
  const response = await run({ id: nextId++, type: 'map', raw, mapping })
  if (response.type === 'error') throw new Error(response.message)
  if (response.type !== 'map') throw new Error('unexpected reply')
  return response.result
}

/** Browser files as importer input: their names and bytes. */
export async function toInputFiles(files: readonly File[]): Promise<InputFile[]> {
  return Promise.all(
    files.map(async (file) => ({
      name: file.name,
      data: new Uint8Array(await file.arrayBuffer()),
    })),
  )
}
