import { useEffect } from 'react'
import type { CaseGraph } from '../../domain/caseGraph.ts'
import { useT } from '../../i18n/index.ts'
import {
  selectBlank,
  selectPresenting,
  usePresentationStore,
} from '../../state/presentationStore.ts'
import { useStoryboardStore } from '../../state/storyboardStore.ts'
import { Caption } from './Caption.tsx'
import { exitFullscreen } from '../../lib/fullscreen.ts'
import { HelpOverlay } from './HelpOverlay.tsx'
import { KeyMap } from './KeyMap.tsx'

interface PresentationOverlayProps {
  graph: CaseGraph
  phaseId: string
}

/**
 * Lives on the graph stage: the one key map of the explorer, the keyboard help, and in
 * presentation mode the caption, the leave button and the blank screen.
 */
export function PresentationOverlay({ graph, phaseId }: PresentationOverlayProps) {
  const t = useT().facilitator
  const on = usePresentationStore(selectPresenting)
  const blank = usePresentationStore(selectBlank)
  useEffect(function leaveWhenUnmounted() {
    // Closing the case (or switching screens) ends presentation mode: no stranded full screen.
    return () => {
      usePresentationStore.getState().leave()
      exitFullscreen()
    }
  }, [])

  const leave = () => {
    usePresentationStore.getState().leave()
    useStoryboardStore.getState().stopPresenting()
    exitFullscreen()
  }

  return (
    <>
      <KeyMap phaseIds={graph.phases.map((p) => p.id)} phaseId={phaseId} />
      {on && (
        <>
          <Caption graph={graph} phaseId={phaseId} />
          <button type="button" className="button presentation-leave" onClick={leave}>
            {t.leave} <kbd>Esc</kbd>
          </button>
        </>
      )}
      {on && blank && (
        <div className="blank-screen" role="status">
          <span className="visually-hidden">{t.blanked}</span>
        </div>
      )}
      <HelpOverlay />
    </>
  )
}
