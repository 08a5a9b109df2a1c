import { useCallback, useState } from 'react'
import {
  type ImportFormat,
  type ImportIssue,
  type ImportMapping,
  type ImportResult,
  type InputFile,
  MAX_IMPORT_BYTES,
  type RawNetwork,
  tooLargeIssue,
} from '../../domain/io/import/index.ts'
import { ImportTimeoutError, mapInWorker, readInWorker, toInputFiles } from './importClient.ts'

export type ImportStep =
  | { step: 'choose' }
  | { step: 'busy'; stage: 'reading' | 'mapping' }
  | { step: 'mapping'; raw: RawNetwork; mapping: ImportMapping; format: ImportFormat }
  | {
      step: 'report'
      result: ImportResult
      title: string
      from: { raw: RawNetwork; mapping: ImportMapping; format: ImportFormat } | null
    }
  | { step: 'failed'; reason: 'timeout' | 'crash' | 'issues'; issues: ImportIssue[] }

/** The dialog's steps: choose → (map columns) → report → import or cancel. */
export function useImportFlow() {
  const [state, setState] = useState<ImportStep>({ step: 'choose' })

  const fail = useCallback((error: unknown) => {
    setState({
      step: 'failed',
      reason: error instanceof ImportTimeoutError ? 'timeout' : 'crash',
      issues: [],
    })
  }, [])

  const read = useCallback(
    async (files: InputFile[]) => {
      setState({ step: 'busy', stage: 'reading' })
      try {
        const result = await readInWorker(files)
        if (result.kind === 'failed')
          setState({ step: 'failed', reason: 'issues', issues: result.issues })
        else if (result.kind === 'dataset')
          setState({
            step: 'report',
            result: result.result,
            title: result.result.dataset?.title ?? '',
            from: null,
          })
        else
          setState({
            step: 'mapping',
            raw: result.raw,
            mapping: result.mapping,
            format: result.format,
          })
      } catch (error) {
        fail(error)
      }
    },
    [fail],
  )

  const readFiles = useCallback(
    async (files: readonly File[]) => {
      const large = files.find((f) => f.size > MAX_IMPORT_BYTES)
      if (large) {
        setState({
          step: 'failed',
          reason: 'issues',
          issues: [tooLargeIssue(large.name, large.size)],
        })
        return
      }
      await read(await toInputFiles(files))
    },
    [read],
  )

  const applyMapping = useCallback(
    async (raw: RawNetwork, mapping: ImportMapping, format: ImportFormat) => {
      setState({ step: 'busy', stage: 'mapping' })
      try {
        const result = await mapInWorker(raw, mapping)
        setState({ step: 'report', result, title: mapping.title, from: { raw, mapping, format } })
      } catch (error) {
        fail(error)
      }
    },
    [fail],
  )

  const reset = useCallback(() => setState({ step: 'choose' }), [])
  const backToMapping = useCallback(() => {
    setState((s) =>
      s.step === 'report' && s.from ? { step: 'mapping', ...s.from } : { step: 'choose' },
    )
  }, [])

  return { state, read, readFiles, applyMapping, reset, backToMapping, setState }
}
