import type { LoadProblem } from './loadProblem.ts'

export type Download = { ok: true; bytes: ArrayBuffer } | { ok: false; problem: LoadProblem }

/** Fetches a file's bytes; a failed request or an error status becomes a load problem. */
export async function downloadFile(url: string, signal?: AbortSignal): Promise<Download> {
  try {
    const response = await fetch(url, signal ? { signal } : undefined)
    if (!response.ok) return { ok: false, problem: { kind: 'http', status: response.status } }
    return { ok: true, bytes: await response.arrayBuffer() }
  } catch (error) {
    // An aborted query is not a problem to show: the query itself was cancelled.
    if (signal?.aborted) throw error
    return { ok: false, problem: { kind: 'network', message: String(error) } }
  }
}

/** UTF-8 text as `Response.text()` gives it (a byte order mark dropped). */
export function decodeText(bytes: AllowSharedBufferSource): string {
  return new TextDecoder().decode(bytes)
}
