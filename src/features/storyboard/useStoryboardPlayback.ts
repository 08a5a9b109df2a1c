import { useEffect } from 'react'
import type { Dataset } from '../../domain/schema.ts'
import { decodeStoryboard } from '../../domain/storyboard/link.ts'
import { unknownViews } from '../../domain/storyboard/parse.ts'
import { useGraphHandle } from '../../graph/graphHandle.tsx'
import { usePresentationStore } from '../../state/presentationStore.ts'
import { useStoryboardStore } from '../../state/storyboardStore.ts'
import { isPresenterMessage, openChannel, type PresenterMessage } from './presenterChannel.ts'
import { applySlideChoices } from './slideView.ts'
import { SLIDE_PARAM, STORY_PARAM, writeSlideParam } from './storyLink.ts'

/**
 * How long to wait before setting a slide's zoom and pan: the canvas first draws the slide's
 * case and refits itself when its size changes (entering presentation mode), and the saved
 * view must win over that fit.
 */
const VIEWPORT_DELAY_MS = 180

/**
 * Presenting a storyboard: a `story=` link is loaded on start, the slide shown follows the
 * store (and the URL follows the slide), and a presenter view in another window is kept in
 * step over a BroadcastChannel.
 */
export function useStoryboardPlayback(dataset: Dataset): void {
  const handle = useGraphHandle()

  useEffect(
    function loadStoryboardFromLink() {
      const params = new URLSearchParams(window.location.search)
      const param = params.get(STORY_PARAM)
      if (param === null) return
      const store = useStoryboardStore.getState()
      const result = decodeStoryboard(param)
      if (!result.ok) {
        store.setNotice({ kind: 'problem', problem: result.problem, source: null })
        store.setPanelOpen(true)
        writeSlideParam(null)
        return
      }
      store.replace(result.storyboard)
      const unknown = unknownViews(result.storyboard, dataset.cases)
      store.setNotice({ kind: 'loaded', slides: result.storyboard.slides.length, unknown })
      const slide = Number(params.get(SLIDE_PARAM) ?? '1')
      // After the URL sync has read the address on mount (its effect runs after this one),
      // or it would put back the view the address names instead of the slide's.
      const start = window.setTimeout(() =>
        useStoryboardStore
          .getState()
          .startPresenting(Number.isInteger(slide) && slide > 0 ? slide - 1 : 0),
      )
      return () => window.clearTimeout(start)
    },
    [dataset],
  )

  useEffect(
    function showSlidesAsTheyChange() {
      let timer = 0
      const showViewport = () => {
        window.clearTimeout(timer)
        timer = window.setTimeout(() => {
          const { presenting, index, storyboard } = useStoryboardStore.getState()
          const viewport = presenting ? storyboard.slides[index]?.view.viewport : undefined
          if (viewport) handle.setViewport(viewport)
          else if (viewport === null) handle.fit()
        }, VIEWPORT_DELAY_MS)
      }
      const show = () => {
        const { presenting, index, storyboard } = useStoryboardStore.getState()
        const slide = storyboard.slides[index]
        if (!presenting || !slide) return
        applySlideChoices(slide.view)
        writeSlideParam(index + 1)
        showViewport()
      }
      show()
      const unsubscribe = useStoryboardStore.subscribe((state, previous) => {
        if (state.presenting && (!previous.presenting || state.index !== previous.index)) show()
        else if (!state.presenting && previous.presenting) writeSlideParam(null)
      })
      // The canvas refits when presentation mode changes its size; the slide's view comes back.
      const unsubscribePresentation = usePresentationStore.subscribe((state, previous) => {
        if (state.on !== previous.on && useStoryboardStore.getState().presenting) showViewport()
      })
      window.addEventListener('resize', showViewport)
      return () => {
        window.clearTimeout(timer)
        unsubscribe()
        unsubscribePresentation()
        window.removeEventListener('resize', showViewport)
      }
    },
    [handle],
  )

  useEffect(function hostPresenterView() {
    const channel = openChannel()
    if (!channel) return
    const post = (message: PresenterMessage) => channel.postMessage(message)
    const postState = () => {
      const { storyboard, presenting, index } = useStoryboardStore.getState()
      post({ type: 'state', storyboard, presenting, index })
    }
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const message = event.data
      if (!isPresenterMessage(message)) return
      if (message.type === 'hello') postState()
      else if (message.type === 'goto') {
        const store = useStoryboardStore.getState()
        if (store.presenting) store.goToSlide(message.index)
        else store.startPresenting(message.index)
      }
    }
    const unsubscribe = useStoryboardStore.subscribe((state, previous) => {
      if (
        state.storyboard !== previous.storyboard ||
        state.presenting !== previous.presenting ||
        state.index !== previous.index
      )
        postState()
    })
    postState()
    return () => {
      unsubscribe()
      channel.close()
    }
  }, [])
}
