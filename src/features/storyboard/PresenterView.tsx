import { useEffect, useRef, useState } from 'react'
import type { Storyboard } from '../../domain/storyboard/schema.ts'
import { useT } from '../../i18n/index.ts'
import { isEditableTarget } from '../../lib/isEditableTarget.ts'
import { isLang, useLocaleStore } from '../../state/localeStore.ts'
import { isPresenterMessage, openChannel, type PresenterMessage } from './presenterChannel.ts'
import { PresenterTimer } from './PresenterTimer.tsx'

interface Shown {
  storyboard: Storyboard
  presenting: boolean
  index: number
}

/**
 * The presenter view (`?presenter=1`), in a second window: the speaker note, the current and
 * next slide and a timer. It follows the projected window, and stepping here steps there.
 */
export function PresenterView() {
  const t = useT().facilitator
  const [shown, setShown] = useState<Shown | null>(null)
  const channel = useRef<BroadcastChannel | null>(null)

  useEffect(function useLanguageOfLink() {
    const lang = new URLSearchParams(window.location.search).get('lang')
    if (isLang(lang)) useLocaleStore.getState().setLang(lang)
  }, [])

  useEffect(function followMainWindow() {
    const opened = openChannel()
    if (!opened) return
    channel.current = opened
    opened.onmessage = (event: MessageEvent<unknown>) => {
      const message = event.data
      if (isPresenterMessage(message) && message.type === 'state')
        setShown({
          storyboard: message.storyboard,
          presenting: message.presenting,
          index: message.index,
        })
    }
    opened.postMessage({ type: 'hello' } satisfies PresenterMessage)
    return () => {
      channel.current = null
      opened.close()
    }
  }, [])

  const goTo = (index: number) =>
    channel.current?.postMessage({ type: 'goto', index } satisfies PresenterMessage)

  useEffect(
    function stepWithKeys() {
      const onKeyDown = (event: KeyboardEvent) => {
        if (
          !shown ||
          event.altKey ||
          event.ctrlKey ||
          event.metaKey ||
          isEditableTarget(event.target)
        )
          return
        const last = shown.storyboard.slides.length - 1
        const current = shown.presenting ? shown.index : -1
        if (event.key === 'ArrowRight' || event.key === 'PageDown')
          goTo(Math.min(last, current + 1))
        else if (event.key === 'ArrowLeft' || event.key === 'PageUp') goTo(Math.max(0, current - 1))
        else return
        event.preventDefault()
      }
      window.addEventListener('keydown', onKeyDown)
      return () => window.removeEventListener('keydown', onKeyDown)
    },
    [shown],
  )

  const slides = shown?.storyboard.slides ?? []
  const current = shown?.presenting ? slides[shown.index] : undefined
  const next = shown?.presenting ? slides[shown.index + 1] : slides[0]

  return (
    <main className="presenter">
      <header className="presenter__header">
        <h1>
          {t.presenter.title}
          {shown?.storyboard.title ? `: ${shown.storyboard.title}` : ''}
        </h1>
        <PresenterTimer />
      </header>
      {!shown ? (
        <p role="status">{t.presenter.waiting}</p>
      ) : slides.length === 0 ? (
        <p role="status">{t.presenter.noSlides}</p>
      ) : (
        <div className="presenter__body">
          <section className="presenter__now" aria-label={t.presenter.current}>
            <h2>
              {t.presenter.current}
              {current && shown.presenting ? ` · ${t.slideOf(shown.index + 1, slides.length)}` : ''}
            </h2>
            <p className="presenter__slide-title" data-testid="presenter-current">
              {current ? current.title : t.presenter.waiting}
            </p>
            <h3>{t.presenter.notes}</h3>
            <p className="presenter__notes">
              {current?.note.trim() ? current.note : t.presenter.noNotes}
            </p>
          </section>
          <section className="presenter__next" aria-label={t.presenter.next}>
            <h2>{t.presenter.next}</h2>
            <p className="presenter__slide-title">{next ? next.title : t.presenter.end}</p>
          </section>
          <nav className="presenter__nav" aria-label={t.presenter.title}>
            <button
              type="button"
              className="button"
              onClick={() => goTo(Math.max(0, (shown.presenting ? shown.index : 0) - 1))}
            >
              ← {t.commands.previous}
            </button>
            <button
              type="button"
              className="button button--primary"
              onClick={() =>
                goTo(Math.min(slides.length - 1, shown.presenting ? shown.index + 1 : 0))
              }
            >
              {t.commands.next} →
            </button>
          </nav>
        </div>
      )}
    </main>
  )
}
