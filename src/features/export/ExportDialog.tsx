import { useEffect, useMemo, useRef, useState } from 'react'
import { checkCanvasSize } from '../../domain/export/sizeCheck.ts'
import { isValidSize, requestedSize } from '../../domain/export/presets.ts'
import { useGraphHandle } from '../../graph/graphHandle.tsx'
import { sceneFromCore } from '../../graph/export/scene.ts'
import { useLang, useT } from '../../i18n/index.ts'
import { selectDiff, selectSizeBy, useAnalysisStore } from '../../state/analysisStore.ts'
import { useExportStore } from '../../state/exportStore.ts'
import { selectColourMode, useGraphOptionsStore } from '../../state/graphOptionsStore.ts'
import { usePresentationStore } from '../../state/presentationStore.ts'
import * as actions from './actions.ts'
import { BatchAndData } from './BatchAndData.tsx'
import type { ExportHostProps } from './ExportHost.tsx'
import { ExportPreview } from './ExportPreview.tsx'
import { FigureOptions } from './FigureOptions.tsx'
import { defaultTexts, type FigureContext, figureSpec, sourceLine } from './figureInputs.ts'
import { defaultSettings, type ExportSettings } from './settings.ts'
import { TaskStatusLine } from './TaskStatusLine.tsx'
import { useExportTask } from './useExportTask.ts'
import './export.css'

const closeExport = () => useExportStore.getState().closeExport()

/** The export dialog: figure options with a live preview, batches and data files. */
export default function ExportDialog({ dataset, graph, phaseId }: ExportHostProps) {
  const t = useT()
  const lang = useLang()
  const handle = useGraphHandle()
  const colourMode = useGraphOptionsStore(selectColourMode)
  const sizeBy = useAnalysisStore(selectSizeBy)
  const diff = useAnalysisStore(selectDiff)
  const presenting = usePresentationStore((s) => s.on)
  const dark = usePresentationStore((s) => s.theme === 'dark')
  const ctx: FigureContext = useMemo(
    () => ({ dataset, graph, t, lang, colourMode, sizeBy, diff }),
    [dataset, graph, t, lang, colourMode, sizeBy, diff],
  )
  const [settings, setSettings] = useState<ExportSettings>(() =>
    defaultSettings(defaultTexts(ctx, phaseId), { on: presenting, dark }),
  )
  const task = useExportTask({ cancelled: t.export.cancelled, failed: t.export.failed })
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

  const core = handle.getCore()
  const requested = requestedSize(settings.size, actions.viewSize(core))
  const width = requested.width
  const height = requested.height
  const size = useMemo(() => ({ width, height }), [width, height])
  const validSize = isValidSize(size)
  const decision = validSize ? checkCanvasSize(size) : null
  const spec = useMemo(
    () =>
      figureSpec(
        ctx,
        [phaseId],
        {
          title: settings.title,
          subtitle: settings.subtitle,
          caption: settings.caption,
          source: sourceLine(ctx),
        },
        settings.background,
      ),
    [ctx, phaseId, settings.title, settings.subtitle, settings.caption, settings.background],
  )
  const actionContext = (): actions.ActionContext => ({
    ...ctx,
    phaseId,
    core: handle.getCore(),
    settings,
  })
  const whole = settings.view === 'whole'
  const scene = () => {
    const live = handle.getCore()
    return live ? sceneFromCore(live, whole) : null
  }

  return (
    <dialog
      ref={dialog}
      className="modal-dialog export-dialog"
      aria-labelledby="export-dialog-title"
      onClose={closeExport}
      onCancel={task.cancel}
    >
      <header className="modal-dialog__header">
        <h2 id="export-dialog-title">{t.export.dialogTitle}</h2>
        <button type="button" className="button" onClick={closeExport}>
          {t.export.close}
        </button>
      </header>
      {!core ? (
        <p role="alert">{t.export.noGraph}</p>
      ) : (
        <div className="export-dialog__body">
          <section className="export-dialog__figure" aria-labelledby="export-figure-heading">
            <h3 id="export-figure-heading">{t.export.figureHeading}</h3>
            <FigureOptions settings={settings} onChange={setSettings} />
          </section>
          <section className="export-dialog__side" aria-labelledby="export-preview-heading">
            <h3 id="export-preview-heading">{t.export.previewHeading}</h3>
            {validSize ? (
              <ExportPreview scene={scene} spec={spec} size={size} />
            ) : (
              <p role="alert">{t.export.invalidSize}</p>
            )}
            {decision?.kind === 'reduce' && (
              <p className="export-note">
                {t.export.willReduce(size.width, size.height, decision.width, decision.height)}
              </p>
            )}
            {decision?.kind === 'tile' && (
              <p className="export-note">{t.export.willTile(size.width, size.height)}</p>
            )}
            <button
              type="button"
              className="button button--primary"
              disabled={task.busy || !validSize}
              onClick={() => void task.run(() => actions.exportCurrentFigure(actionContext()))}
            >
              {t.export.exportFigure(settings.format.toUpperCase())}
            </button>
            <BatchAndData task={task} context={actionContext} />
            <TaskStatusLine task={task} />
          </section>
        </div>
      )}
    </dialog>
  )
}
