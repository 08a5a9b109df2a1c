import type { DragEvent, KeyboardEvent } from 'react'
import type { Slide } from '../../domain/storyboard/schema.ts'
import { useT } from '../../i18n/index.ts'
import { useStoryboardStore } from '../../state/storyboardStore.ts'

interface SlideItemProps {
  slide: Slide
  index: number
  count: number
  current: boolean
  onMove: (from: number, to: number) => void
  onDragFrom: (index: number) => void
  onDropAt: (index: number) => void
}

/** One slide in the editor: title, speaker note, and buttons to show, move and delete it. */
export function SlideItem({
  slide,
  index,
  count,
  current,
  onMove,
  onDragFrom,
  onDropAt,
}: SlideItemProps) {
  const t = useT().facilitator.storyboard
  const { updateSlide, removeSlide, startPresenting } = useStoryboardStore.getState()
  const n = index + 1
  const onTitleKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return
    event.preventDefault()
    onMove(index, event.key === 'ArrowUp' ? index - 1 : index + 1)
  }
  const allowDrop = (event: DragEvent) => event.preventDefault()
  return (
    <li
      className={current ? 'slide-item slide-item--current' : 'slide-item'}
      draggable
      onDragStart={(event) => {
        event.dataTransfer.effectAllowed = 'move'
        event.dataTransfer.setData('text/plain', slide.id)
        onDragFrom(index)
      }}
      onDragOver={allowDrop}
      onDrop={(event) => {
        event.preventDefault()
        onDropAt(index)
      }}
      aria-current={current ? 'step' : undefined}
    >
      <span className="slide-item__grip" aria-hidden="true">
        ⠿
      </span>
      <span className="slide-item__number">{n}</span>
      <div className="slide-item__fields">
        <input
          type="text"
          aria-label={t.slideTitle(n)}
          value={slide.title}
          onChange={(event) => updateSlide(slide.id, { title: event.target.value })}
          onKeyDown={onTitleKey}
        />
        <textarea
          aria-label={t.slideNote(n)}
          rows={2}
          value={slide.note}
          onChange={(event) => updateSlide(slide.id, { note: event.target.value })}
        />
      </div>
      <div className="slide-item__actions">
        <button
          type="button"
          className="icon-button"
          aria-label={t.show(n)}
          title={t.show(n)}
          onClick={() => startPresenting(index)}
        >
          ▶
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t.moveUp(n)}
          title={t.moveUp(n)}
          aria-disabled={index === 0 ? 'true' : undefined}
          onClick={() => onMove(index, index - 1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t.moveDown(n)}
          title={t.moveDown(n)}
          aria-disabled={index === count - 1 ? 'true' : undefined}
          onClick={() => onMove(index, index + 1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="icon-button icon-button--danger"
          aria-label={t.remove(n)}
          title={t.remove(n)}
          onClick={() => removeSlide(slide.id)}
        >
          ×
        </button>
      </div>
    </li>
  )
}
