import { useT } from '../../i18n/index.ts'
import type { ExportTask } from './useExportTask.ts'

/** What the running or last export did, announced to screen readers; with progress and cancel. */
export function TaskStatusLine({ task }: { task: ExportTask }) {
  const t = useT().export
  const { status } = task
  return (
    <div className="export-status">
      <p
        role={status.kind === 'error' ? 'alert' : 'status'}
        className={
          status.kind === 'error'
            ? 'export-status__text export-status__text--error'
            : 'export-status__text'
        }
      >
        {status.kind === 'busy'
          ? status.progress
            ? t.progress(status.progress.done, status.progress.total)
            : t.busy
          : status.kind === 'idle'
            ? ''
            : status.message}
      </p>
      {status.kind === 'busy' && status.progress && (
        <>
          <progress
            aria-label={t.progressLabel}
            max={status.progress.total}
            value={status.progress.done}
          />
          <button type="button" className="button" onClick={task.cancel}>
            {t.cancel}
          </button>
        </>
      )}
    </div>
  )
}
