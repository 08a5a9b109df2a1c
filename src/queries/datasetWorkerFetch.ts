/// <reference lib="webworker" />
import type { DatasetRequest } from './datasetWorkerProtocol.ts'

/**
 * The dataset worker's first step, in a module of its own so that it runs before the
 * validator's code is evaluated: the request travels in the worker's name, and the file
 * downloads while the rest of the worker starts.
 */
export const request: DatasetRequest = JSON.parse(self.name) as DatasetRequest

export type Download =
  { ok: true; text: string } | { ok: false; status: number } | { ok: false; error: string }

export const download: Promise<Download> = fetch(request.url).then(
  async (response) =>
    response.ok
      ? { ok: true, text: await response.text() }
      : { ok: false, status: response.status },
  (error: unknown) => ({ ok: false, error: String(error) }),
)
