/// <reference lib="webworker" />
import { createForceLayout } from './forceLayout.ts'
import type { LayoutRequest, LayoutUpdate } from './layoutProtocol.ts'

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { start, edges, iterations, updateEveryMs } = event.data
  const layout = createForceLayout(start, edges)
  let done = 0
  let lastPost = performance.now()
  while (done < iterations) {
    layout.step(1)
    done++
    const now = performance.now()
    if (done === iterations || now - lastPost >= updateEveryMs) {
      lastPost = now
      const positions = layout.positions()
      const update: LayoutUpdate = { positions, done, total: iterations }
      self.postMessage(update, [positions.buffer])
    }
  }
}
