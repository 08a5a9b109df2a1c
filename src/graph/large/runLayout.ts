import type { LayoutRequest, LayoutUpdate } from './layoutProtocol.ts'

/**
 * Lays out a network in a Web Worker and reports positions as they improve. Returns a function
 * that stops the worker (call it when the view goes away or another network comes in).
 */
export function runLayoutInWorker(
  request: LayoutRequest,
  onUpdate: (update: LayoutUpdate) => void,
  onError: (message: string) => void,
): () => void {
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' })
  worker.onmessage = (event: MessageEvent<LayoutUpdate>) => {
    onUpdate(event.data)
    if (event.data.done >= event.data.total) worker.terminate()
  }
  worker.onerror = (event) => {
    onError(event.message)
    worker.terminate()
  }
  // Copied, not transferred: the caller keeps its arrays.
  worker.postMessage(request)
  return () => worker.terminate()
}
