import { readChunks, RgbaPngWriter, withTextChunks } from '../../domain/export/png.ts'
import type { SizeDecision } from '../../domain/export/sizeCheck.ts'

type Draw = (ctx: CanvasRenderingContext2D) => void

function context(canvas: HTMLCanvasElement, readBack: boolean): CanvasRenderingContext2D {
  const ctx = canvas.getContext('2d', { willReadFrequently: readBack })
  if (!ctx) throw new Error(`the browser could not make a ${canvas.width}×${canvas.height} canvas`)
  return ctx
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => {
      // Null is what a browser hands back past its canvas limits; never pass on an empty file.
      if (blob && blob.size > 0) resolve(blob)
      else reject(new Error(`the browser could not encode a ${canvas.width}×${canvas.height} PNG`))
    }, 'image/png'),
  )
}

/** Draws in tiles (one canvas per tile) and writes one PNG row band by row band. */
function drawTiled(decision: Extract<SizeDecision, { kind: 'tile' }>, draw: Draw): Uint8Array {
  const { width, height } = decision
  const writer = new RgbaPngWriter(width, height)
  const canvas = document.createElement('canvas')
  const bands = new Map<number, typeof decision.tiles>()
  for (const tile of decision.tiles) bands.set(tile.y, [...(bands.get(tile.y) ?? []), tile])
  for (const [y, tiles] of [...bands.entries()].sort((a, b) => a[0] - b[0])) {
    const bandHeight = tiles[0]?.height ?? 0
    const band = new Uint8Array(width * bandHeight * 4)
    for (const tile of tiles) {
      canvas.width = tile.width
      canvas.height = tile.height
      const ctx = context(canvas, true)
      ctx.setTransform(1, 0, 0, 1, -tile.x, -y)
      draw(ctx)
      const pixels = ctx.getImageData(0, 0, tile.width, tile.height).data
      for (let row = 0; row < tile.height; row++)
        band.set(
          pixels.subarray(row * tile.width * 4, (row + 1) * tile.width * 4),
          (row * width + tile.x) * 4,
        )
    }
    writer.addRows(band)
  }
  canvas.width = 1
  canvas.height = 1
  return writer.finish()
}

/**
 * Draws a composition of `decision.width × decision.height` pixels (on one canvas, or in
 * tiles when the size check said so) and returns the PNG with its metadata in tEXt chunks.
 */
export async function renderPng(
  decision: SizeDecision,
  draw: Draw,
  metadata: Record<string, string>,
): Promise<Blob> {
  let bytes: Uint8Array
  if (decision.kind === 'tile') {
    bytes = drawTiled(decision, draw)
  } else {
    const canvas = document.createElement('canvas')
    canvas.width = decision.width
    canvas.height = decision.height
    draw(context(canvas, false))
    bytes = new Uint8Array(await (await toBlob(canvas)).arrayBuffer())
    canvas.width = 1
    canvas.height = 1
  }
  readChunks(bytes) // a broken file fails here, not in the user's image viewer
  return new Blob([withTextChunks(bytes, metadata) as Uint8Array<ArrayBuffer>], {
    type: 'image/png',
  })
}
