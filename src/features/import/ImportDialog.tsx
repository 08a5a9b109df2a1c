import { useEffect, useRef } from 'react'
import type { Dataset } from '../../domain/schema.ts'
import { useT } from '../../i18n/index.ts'
import { ChooseStep } from './ChooseStep.tsx'
import { ImportReport } from './ImportReport.tsx'
import { MappingStep } from './MappingStep.tsx'
import { useImportFlow } from './useImportFlow.ts'
import './import.css'

export interface ImportDialogProps {
  /** Files dropped onto the window: read at once. */
  initialFiles?: readonly File[] | undefined
  /** The checked dataset and its name; nothing is replaced before this is called. */
  onImport: (dataset: Dataset, name: string) => void
  onClose: () => void
}

/**
 * Import in steps: choose or drop files (or paste CSV), match the columns with a preview, see
 * the report of every problem, then import the valid part or cancel.
 */
export function ImportDialog({ initialFiles, onImport, onClose }: ImportDialogProps) {
  const t = useT().importer
  const flow = useImportFlow()
  const { state, readFiles } = flow
  const dialog = useRef<HTMLDialogElement>(null)

  useEffect(function openModal() {
    const element = dialog.current
    if (!element) return
    if (typeof element.showModal === 'function' && !element.open) element.showModal()
    else element.setAttribute('open', '')
    return () => {
      if (element.open && typeof element.close === 'function') element.close()
    }
  }, [])

  useEffect(
    function readDroppedFiles() {
      if (initialFiles && initialFiles.length > 0) void readFiles(initialFiles)
    },
    [initialFiles, readFiles],
  )

  return (
    <dialog
      ref={dialog}
      className="modal-dialog import-dialog"
      aria-labelledby="import-dialog-title"
      onClose={onClose}
    >
      <header className="modal-dialog__header">
        <h2 id="import-dialog-title">{t.dialogTitle}</h2>
        <button type="button" className="button" onClick={onClose}>
          {t.close}
        </button>
      </header>
      {state.step === 'choose' && (
        <ChooseStep
          onFiles={(files) => void readFiles(files)}
          onPaste={(files) => void flow.read(files)}
        />
      )}
      {state.step === 'busy' && (
        <p role="status" aria-live="polite">
          <progress aria-label={t[state.stage]} /> {t[state.stage]}
        </p>
      )}
      {state.step === 'mapping' && (
        <MappingStep
          raw={state.raw}
          initial={state.mapping}
          onCheck={(mapping) => void flow.applyMapping(state.raw, mapping, state.format)}
        />
      )}
      {state.step === 'failed' && (
        <section aria-labelledby="import-report-heading">
          <h3 id="import-report-heading">{t.reportHeading}</h3>
          <p role="alert">
            {state.reason === 'timeout'
              ? t.timeout
              : state.reason === 'crash'
                ? t.failed
                : t.nothing}
          </p>
          <ImportReport issues={state.issues} />
          <div className="import-actions">
            <button type="button" className="button" onClick={flow.reset}>
              {t.back}
            </button>
            <button type="button" className="button" onClick={onClose}>
              {t.cancel}
            </button>
          </div>
        </section>
      )}
      {state.step === 'report' && (
        <ReportStep state={state} flow={flow} onImport={onImport} onClose={onClose} />
      )}
    </dialog>
  )
}

function ReportStep({
  state,
  flow,
  onImport,
  onClose,
}: {
  state: Extract<ReturnType<typeof useImportFlow>['state'], { step: 'report' }>
  flow: ReturnType<typeof useImportFlow>
  onImport: ImportDialogProps['onImport']
  onClose: () => void
}) {
  const t = useT().importer
  const { dataset, issues } = state.result
  const errors = issues.filter((i) => i.severity === 'error').length
  const warnings = issues.length - errors
  const kase = dataset?.cases[0]
  return (
    <section aria-labelledby="import-report-heading">
      <h3 id="import-report-heading">{t.reportHeading}</h3>
      <p role="status">
        {dataset && kase
          ? t.summary(
              dataset.actors.length,
              dataset.cases.reduce((n, k) => n + k.relations.length, 0),
              kase.phases.length,
            )
          : t.nothing}
      </p>
      {errors > 0 && <p className="import-report__left-out">{t.leftOut(errors)}</p>}
      {warnings > 0 && <p>{t.changed(warnings)}</p>}
      <ImportReport issues={issues} />
      <div className="import-actions">
        {dataset && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => onImport(dataset, state.title.trim() || dataset.title)}
          >
            {errors > 0 ? t.importValid : t.importAll}
          </button>
        )}
        <button
          type="button"
          className="button"
          onClick={state.from ? flow.backToMapping : flow.reset}
        >
          {t.back}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t.cancel}
        </button>
      </div>
    </section>
  )
}
