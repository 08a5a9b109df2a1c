import { useId } from 'react'
import type { CaseGraph } from '../../domain/caseGraph.ts'
import type { Dataset } from '../../domain/schema.ts'
import { useLang, useT } from '../../i18n/index.ts'
import { enterFullscreen } from '../../lib/fullscreen.ts'
import { usePresentationStore } from '../../state/presentationStore.ts'
import {
  selectBackup,
  selectNotice,
  selectPanelOpen,
  selectSlidePresenting,
  selectSlides,
  useStoryboardStore,
} from '../../state/storyboardStore.ts'
import { noticeText } from './noticeText.ts'
import { PRESENTER_PARAM } from './presenterChannel.ts'
import { StoryboardEditor } from './StoryboardEditor.tsx'
import { StoryboardFiles } from './StoryboardFiles.tsx'

interface StoryboardPanelProps {
  dataset: Dataset
  graph: CaseGraph
  phaseId: string
}

/** The storyboard ("draaiboek"): a button that opens the editor beside the network. */
export function StoryboardPanel({ dataset, graph, phaseId }: StoryboardPanelProps) {
  const t = useT().facilitator.storyboard
  const lang = useLang()
  const open = useStoryboardStore(selectPanelOpen)
  const slides = useStoryboardStore(selectSlides)
  const presenting = useStoryboardStore(selectSlidePresenting)
  const notice = useStoryboardStore(selectNotice)
  const backup = useStoryboardStore(selectBackup)
  const store = useStoryboardStore.getState()
  const headingId = useId()
  const message = notice ? noticeText(t, notice) : null

  const present = () => {
    if (slides.length === 0) return
    store.startPresenting(0)
    usePresentationStore.getState().enter()
    enterFullscreen()
  }
  const openPresenter = () => {
    const params = new URLSearchParams({ [PRESENTER_PARAM]: '1', lang })
    window.open(
      `${window.location.pathname}?${params.toString()}`,
      'wijknetwerk-presenter',
      'popup,width=960,height=720',
    )
  }

  return (
    <>
      <button
        type="button"
        className="button storyboard-toggle"
        aria-expanded={open}
        onClick={() => store.setPanelOpen(!open)}
      >
        {t.open} ({slides.length})
      </button>
      {open && (
        <section className="storyboard-drawer" aria-labelledby={headingId}>
          <header className="storyboard-drawer__header">
            <h2 id={headingId}>{t.heading}</h2>
            <button
              type="button"
              className="icon-button"
              aria-label={t.close}
              onClick={() => store.setPanelOpen(false)}
            >
              ×
            </button>
          </header>
          <div className="storyboard-drawer__buttons">
            {presenting ? (
              <button type="button" className="button" onClick={() => store.stopPresenting()}>
                {t.stopPresenting}
              </button>
            ) : (
              <button
                type="button"
                className="button"
                onClick={present}
                aria-disabled={slides.length === 0 ? 'true' : undefined}
              >
                {t.present}
              </button>
            )}
            <button type="button" className="button" onClick={openPresenter}>
              {t.presenter}
            </button>
          </div>
          <StoryboardFiles dataset={dataset} />
          {message && (
            <p
              className={
                message.error ? 'storyboard-notice storyboard-notice--error' : 'storyboard-notice'
              }
              role={message.error ? 'alert' : 'status'}
            >
              {message.text}
            </p>
          )}
          {backup && (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => store.restoreBackup()}
            >
              {t.restore}
            </button>
          )}
          <StoryboardEditor graph={graph} phaseId={phaseId} />
        </section>
      )}
    </>
  )
}
