import type { Messages } from '../../i18n/index.ts'
import { useAnalysisStore } from '../../state/analysisStore.ts'
import { usePresentationStore } from '../../state/presentationStore.ts'
import { useStoryboardStore } from '../../state/storyboardStore.ts'
import { useViewStore } from '../../state/viewStore.ts'
import { enterFullscreen, exitFullscreen, toggleFullscreen } from '../../lib/fullscreen.ts'

/** What a command needs to know about the screen it acts on. */
export interface CommandContext {
  /** The open case's phase ids, in order. */
  phaseIds: readonly string[]
  phaseId: string
}

type CommandLabels = Messages['facilitator']['commands']

/** One keyboard command: listed in the help overlay and dispatched by `useCommandKeys`. */
export interface Command {
  id: keyof CommandLabels
  /** `KeyboardEvent.key` values (letters in lower case). */
  keys: readonly string[]
  /** How the keys are shown in the help. */
  keyLabel: string
  /** Runs the command; returns false when it did not apply, so the key is left alone. */
  run: (context: CommandContext, key: string) => boolean
}

const slideMode = () => useStoryboardStore.getState().presenting

/** Moves to a phase by index (clamped); false when there is nowhere to go. */
function goToPhaseAt(context: CommandContext, index: number): boolean {
  const target = context.phaseIds[Math.max(0, Math.min(index, context.phaseIds.length - 1))]
  if (target === undefined || target === context.phaseId) return false
  useViewStore.getState().goToPhase(target)
  return true
}

function step(context: CommandContext, delta: 1 | -1): boolean {
  if (slideMode()) {
    const store = useStoryboardStore.getState()
    if (delta > 0) store.nextSlide()
    else store.previousSlide()
    return true
  }
  return goToPhaseAt(context, context.phaseIds.indexOf(context.phaseId) + delta)
}

function jump(context: CommandContext, index: number): boolean {
  if (slideMode()) {
    useStoryboardStore.getState().goToSlide(index)
    return true
  }
  return goToPhaseAt(context, index)
}

const presenting = () => usePresentationStore.getState().on

function leave(): boolean {
  const presentation = usePresentationStore.getState()
  if (presentation.helpOpen) {
    presentation.setHelpOpen(false)
    return true
  }
  if (!presentation.on) return false
  presentation.leave()
  useStoryboardStore.getState().stopPresenting()
  exitFullscreen()
  return true
}

/**
 * Every key of the explorer, as data: the help overlay lists them, one listener dispatches
 * them. ← → and PageUp/PageDown are what presentation clickers send. `E` is not here: it
 * opens the export dialog.
 */
export const COMMANDS: readonly Command[] = [
  {
    id: 'previous',
    keys: ['arrowleft', 'pageup'],
    keyLabel: '← / PageUp',
    run: (c) => step(c, -1),
  },
  {
    id: 'next',
    keys: ['arrowright', 'pagedown'],
    keyLabel: '→ / PageDown',
    run: (c) => step(c, 1),
  },
  { id: 'first', keys: ['home'], keyLabel: 'Home', run: (c) => jump(c, 0) },
  {
    id: 'last',
    keys: ['end'],
    keyLabel: 'End',
    run: (c) =>
      jump(c, slideMode() ? useStoryboardStore.getState().storyboard.slides.length - 1 : 99),
  },
  {
    id: 'jump',
    keys: ['1', '2', '3', '4', '5', '6', '7', '8', '9'],
    keyLabel: '1 – 9',
    run: (c, key) => jump(c, Number(key) - 1),
  },
  {
    id: 'present',
    keys: ['p'],
    keyLabel: 'P',
    run: () => {
      if (presenting()) return leave()
      usePresentationStore.getState().enter()
      enterFullscreen()
      return true
    },
  },
  {
    id: 'fullscreen',
    keys: ['f'],
    keyLabel: 'F',
    run: () => {
      toggleFullscreen()
      return true
    },
  },
  {
    id: 'legend',
    keys: ['l'],
    keyLabel: 'L',
    run: () => {
      usePresentationStore.getState().toggleLegend()
      return true
    },
  },
  {
    id: 'size',
    keys: ['s'],
    keyLabel: 'S',
    run: () => {
      useAnalysisStore.getState().cycleSizeBy()
      return true
    },
  },
  {
    id: 'diff',
    keys: ['d'],
    keyLabel: 'D',
    run: () => {
      useAnalysisStore.getState().toggleDiff()
      return true
    },
  },
  {
    id: 'blank',
    keys: ['b'],
    keyLabel: 'B',
    run: () => {
      if (!presenting()) return false
      usePresentationStore.getState().toggleBlank()
      return true
    },
  },
  { id: 'leave', keys: ['escape'], keyLabel: 'Esc', run: leave },
  {
    id: 'help',
    keys: ['?'],
    keyLabel: '?',
    run: () => {
      const store = usePresentationStore.getState()
      store.setHelpOpen(!store.helpOpen)
      return true
    },
  },
]

/** The command bound to a key press, if any. Shift only counts for `?`. */
export function commandForKey(key: string, shift: boolean): Command | undefined {
  const normal = key.length === 1 ? key.toLowerCase() : key.toLowerCase()
  if (shift && normal !== '?') return undefined
  return COMMANDS.find((command) => command.keys.includes(normal))
}
