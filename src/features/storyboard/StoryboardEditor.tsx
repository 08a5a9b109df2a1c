import { useId, useRef, useState } from 'react'
import { localized, useLang, useT } from '../../i18n/index.ts'
import type { CaseGraph } from '../../domain/caseGraph.ts'
import { useGraphHandle } from '../../graph/graphHandle.tsx'
import {
  selectSlideIndex,
  selectSlidePresenting,
  selectStoryboard,
  useStoryboardStore,
} from '../../state/storyboardStore.ts'
import { SlideItem } from './SlideItem.tsx'
import { captureView } from './slideView.ts'

interface StoryboardEditorProps {
  graph: CaseGraph
  phaseId: string
}

/** The storyboard's slides: add the current view, rename, annotate, reorder and delete. */
export function StoryboardEditor({ graph, phaseId }: StoryboardEditorProps) {
  const t = useT().facilitator.storyboard
  const lang = useLang()
  const handle = useGraphHandle()
  const storyboard = useStoryboardStore(selectStoryboard)
  const presenting = useStoryboardStore(selectSlidePresenting)
  const index = useStoryboardStore(selectSlideIndex)
  const { addSlide, moveSlide, setTitle } = useStoryboardStore.getState()
  const [announcement, setAnnouncement] = useState('')
  const dragFrom = useRef<number | null>(null)
  const titleId = useId()
  const slides = storyboard.slides

  const add = () => {
    const view = captureView(handle)
    if (!view) return
    const phase = graph.phases.find((p) => p.id === phaseId)
    const title = t.defaultTitle(
      localized(lang, graph.kase.title, graph.kase.titleEn),
      phase ? localized(lang, phase.label, phase.labelEn) : phaseId,
    )
    addSlide(view, title)
  }
  const move = (from: number, to: number) => {
    const slide = slides[from]
    if (!slide || to < 0 || to >= slides.length) return
    moveSlide(from, to)
    setAnnouncement(t.moved(slide.title, to + 1))
  }

  return (
    <div className="storyboard-editor">
      <label htmlFor={titleId} className="storyboard-editor__label">
        {t.titleLabel}
      </label>
      <input
        id={titleId}
        type="text"
        value={storyboard.title}
        onChange={(event) => setTitle(event.target.value)}
      />
      <button type="button" className="button button--primary" onClick={add}>
        {t.add}
      </button>
      {slides.length === 0 ? (
        <p className="muted">{t.empty}</p>
      ) : (
        <>
          <p className="storyboard-editor__hint">{t.dragHint}</p>
          <ol className="storyboard-editor__slides" aria-label={t.slides}>
            {slides.map((slide, i) => (
              <SlideItem
                key={slide.id}
                slide={slide}
                index={i}
                count={slides.length}
                current={presenting && i === index}
                onMove={move}
                onDragFrom={(from) => {
                  dragFrom.current = from
                }}
                onDropAt={(to) => {
                  if (dragFrom.current !== null) move(dragFrom.current, to)
                  dragFrom.current = null
                }}
              />
            ))}
          </ol>
        </>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  )
}
