/** Output sizes a user can pick for a figure. A4 and A3 are at 300 dpi. */
export const SIZE_PRESETS = {
  slides: { width: 1920, height: 1080 },
  '4k': { width: 3840, height: 2160 },
  'a4-portrait': { width: 2480, height: 3508 },
  'a4-landscape': { width: 3508, height: 2480 },
  'a3-portrait': { width: 3508, height: 4961 },
  'a3-landscape': { width: 4961, height: 3508 },
} as const

export type SizePresetId = keyof typeof SIZE_PRESETS
export const SIZE_PRESET_IDS = Object.keys(SIZE_PRESETS) as SizePresetId[]

export const VIEW_SCALES = [1, 2, 4] as const
export type ViewScale = (typeof VIEW_SCALES)[number]

/** How the output size is chosen: a preset, a custom size, or a multiple of the view on screen. */
export type SizeChoice =
  | { kind: 'preset'; preset: SizePresetId }
  | { kind: 'custom'; width: number; height: number }
  | { kind: 'scale'; scale: ViewScale }

export interface PixelSize {
  width: number
  height: number
}

/** The requested pixel size; `view` is the on-screen size of the graph, for the scale choice. */
export function requestedSize(choice: SizeChoice, view: PixelSize): PixelSize {
  switch (choice.kind) {
    case 'preset':
      return { ...SIZE_PRESETS[choice.preset] }
    case 'custom':
      return { width: Math.round(choice.width), height: Math.round(choice.height) }
    case 'scale':
      return {
        width: Math.round(view.width * choice.scale),
        height: Math.round(view.height * choice.scale),
      }
  }
}

/** Whether a custom size is usable at all: whole, positive pixels. */
export function isValidSize(size: PixelSize): boolean {
  return (
    Number.isFinite(size.width) &&
    Number.isFinite(size.height) &&
    size.width >= 1 &&
    size.height >= 1
  )
}
