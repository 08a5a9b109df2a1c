import { useEffect, useRef, useState } from 'react'
import type { PixelSize } from '../../domain/export/presets.ts'
import { drawPreview } from '../../graph/export/exportFigure.ts'
import type { FigureSpec } from '../../graph/export/figureSpec.ts'
import type { GraphScene } from '../../graph/export/scene.ts'
import { useT } from '../../i18n/index.ts'

const PREVIEW_SIDE = 460
/** Typing in a text field redraws once the user pauses, not on every key. */
const DEBOUNCE_MS = 250

interface Props {
  /** Builds the scene when drawing: the live network as it is at that moment. */
  scene: () => GraphScene | null
  spec: FigureSpec
  size: PixelSize
}

/** A scaled-down drawing of the very composition that will be exported. */
export function ExportPreview({ scene, spec, size }: Props) {
  const t = useT().export
  const canvas = useRef<HTMLCanvasElement>(null)
  const [busy, setBusy] = useState(true)
  const makeScene = useRef(scene)
  useEffect(function keepLatestScene() {
    makeScene.current = scene
  })
  useEffect(
    function redrawPreview() {
      let stale = false
      const timer = setTimeout(() => {
        const current = makeScene.current()
        const target = canvas.current
        if (!current || !target) return
        setBusy(true)
        drawPreview(target, current, spec, size, PREVIEW_SIDE)
          .catch(() => undefined)
          .finally(() => {
            if (!stale) setBusy(false)
          })
      }, DEBOUNCE_MS)
      return () => {
        stale = true
        clearTimeout(timer)
      }
    },
    [spec, size],
  )
  return (
    <figure className="export-preview" aria-busy={busy}>
      <canvas
        ref={canvas}
        className="export-preview__canvas"
        role="img"
        aria-label={t.previewAlt(size.width, size.height)}
      />
      <figcaption className="export-preview__note">
        {busy ? t.previewBusy : t.sizeNote(size.width, size.height)}
      </figcaption>
    </figure>
  )
}
