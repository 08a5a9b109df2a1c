import { useCallback, useEffect, useRef, useState } from 'react'

export interface TaskProgress {
  done: number
  total: number
}

export type TaskStatus =
  | { kind: 'idle' }
  | { kind: 'busy'; progress: TaskProgress | null }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string }

type Work = (signal: AbortSignal, progress: (p: TaskProgress) => void) => Promise<string>

/**
 * Runs one export at a time and reports it: busy (with progress), done with a message, or
 * failed with the reason. `cancel` aborts a running batch; closing the dialog does too.
 */
export function useExportTask(texts: { cancelled: string; failed: (reason: string) => string }) {
  const [status, setStatus] = useState<TaskStatus>({ kind: 'idle' })
  const controller = useRef<AbortController | null>(null)
  const latest = useRef(texts)
  useEffect(function keepLatestTexts() {
    latest.current = texts
  })
  useEffect(function abortOnClose() {
    return () => controller.current?.abort()
  }, [])

  const run = useCallback(async (work: Work) => {
    if (controller.current) return
    const abort = new AbortController()
    controller.current = abort
    setStatus({ kind: 'busy', progress: null })
    try {
      const message = await work(abort.signal, (progress) => setStatus({ kind: 'busy', progress }))
      setStatus({ kind: 'done', message })
    } catch (error) {
      if (abort.signal.aborted) setStatus({ kind: 'done', message: latest.current.cancelled })
      else {
        const reason = error instanceof Error ? error.message : String(error)
        setStatus({ kind: 'error', message: latest.current.failed(reason) })
      }
    } finally {
      controller.current = null
    }
  }, [])

  const cancel = useCallback(() => controller.current?.abort(), [])
  return { status, run, cancel, busy: status.kind === 'busy' }
}

export type ExportTask = ReturnType<typeof useExportTask>
