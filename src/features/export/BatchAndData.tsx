import { useT } from '../../i18n/index.ts'
import * as actions from './actions.ts'
import type { ExportTask } from './useExportTask.ts'

interface Props {
  task: ExportTask
  /** The context at the moment of the click. */
  context: () => actions.ActionContext
}

/** Filmstrip and ZIP batches of figures, and the network and measures as data files. */
export function BatchAndData({ task, context }: Props) {
  const t = useT().export
  const once = (action: (ctx: actions.ActionContext) => Promise<string>) => () =>
    void task.run(() => action(context()))
  const batch =
    (
      action: (
        ctx: actions.ActionContext,
        signal: AbortSignal,
        progress: Parameters<typeof actions.exportPhasesZip>[2],
      ) => Promise<string>,
    ) =>
    () =>
      void task.run((signal, progress) => action(context(), signal, progress))
  const buttons: { label: string; onClick: () => void }[][] = [
    [
      { label: t.filmstrip, onClick: once(actions.exportFilmstrip) },
      { label: t.zipPhases, onClick: batch(actions.exportPhasesZip) },
      { label: t.zipCases, onClick: batch(actions.exportCasesZip) },
    ],
    [
      { label: t.networkCsv, onClick: once(actions.exportNetworkCsv) },
      { label: t.caseJson, onClick: once(actions.exportCaseJson) },
      { label: t.metricsCsv, onClick: once(actions.exportMetricsCsv) },
      { label: t.shareCsv, onClick: once(actions.exportSharesCsv) },
      { label: t.sharePng, onClick: once(actions.exportSharesPng) },
    ],
  ]
  const headings = [t.batchHeading, t.dataHeading]
  return (
    <>
      {buttons.map((group, i) => (
        <section key={headings[i]} className="export-group" aria-label={headings[i]}>
          <h3>{headings[i]}</h3>
          <div className="export-group__buttons">
            {group.map((button) => (
              <button
                key={button.label}
                type="button"
                className="button"
                disabled={task.busy}
                onClick={button.onClick}
              >
                {button.label}
              </button>
            ))}
          </div>
        </section>
      ))}
    </>
  )
}
