/// <reference lib="webworker" />
import { mapNetwork, readImport } from '../../domain/io/import/index.ts'
import type { ImportRequest, ImportResponse } from './importProtocol.ts'

/** Parses imported files off the main thread, so a large file never freezes the page. */
self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const request = event.data
  let response: ImportResponse
  try {
    response =
      request.type === 'read'
        ? { id: request.id, type: 'read', result: await readImport(request.files) }
        : { id: request.id, type: 'map', result: mapNetwork(request.raw, request.mapping) }
  } catch (error) {
    response = {
      id: request.id,
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
    }
  }
  self.postMessage(response)
}
