import type { SizeChoice } from '../../domain/export/presets.ts'
import type { Background } from '../../graph/export/figureSpec.ts'

export type FigureFormat = 'png' | 'svg'
export type ViewChoice = 'current' | 'whole'

/** The choices of the export dialog. */
export interface ExportSettings {
  title: string
  subtitle: string
  caption: string
  size: SizeChoice
  /** Remembered so switching to "custom" starts from the last custom size. */
  custom: { width: number; height: number }
  view: ViewChoice
  background: Background
  format: FigureFormat
}

export function defaultSettings(
  texts: { title: string; subtitle: string },
  presenting: { on: boolean; dark: boolean },
): ExportSettings {
  return {
    ...texts,
    caption: '',
    // What is projected is exported as projected: the current view, in the projector's theme.
    size: { kind: 'preset', preset: 'slides' },
    custom: { width: 1920, height: 1080 },
    view: presenting.on ? 'current' : 'whole',
    background: presenting.on && presenting.dark ? 'dark' : 'white',
    format: 'png',
  }
}
