/**
 * What the benchmark measures inside the page. Functions passed to `page.evaluate` run in the
 * browser: they may only use their arguments and the page's globals.
 */
import type { Page } from 'playwright-core'

interface LongTask {
  start: number
  duration: number
}

interface BenchProbe {
  longTasks: LongTask[]
  /** `timeStamp` of the last key press or select change: the user's input. */
  inputAt: number
  renders: number[]
  tracked: WeakSet<object>
}

declare global {
  interface Window {
    __bench?: BenchProbe
  }
}

/** Installed before any script of the page runs: long tasks and input times from the start. */
export function installProbe(): void {
  const probe: BenchProbe = { longTasks: [], inputAt: 0, renders: [], tracked: new WeakSet() }
  window.__bench = probe
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      probe.longTasks.push({ start: entry.startTime, duration: entry.duration })
  }).observe({ type: 'longtask', buffered: true })
  const onInput = (event: Event) => {
    probe.inputAt = event.timeStamp
  }
  document.addEventListener('keydown', onInput, true)
  document.addEventListener('change', onInput, true)
}

export const FIRST_GRAPH = 'wijknetwerk:first-graph'

/** Milliseconds from navigation to a performance mark, waiting for it up to `timeout`. */
export async function markTime(page: Page, name: string, timeout: number): Promise<number> {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout })
  return page.evaluate((n) => performance.getEntriesByName(n)[0]!.startTime, name)
}

/**
 * The longest task (0 if none) in [from, to]: every task that overlaps it, or with `'start'`
 * only tasks that start in it (not the task that was running when it began).
 */
export function longestTask(
  page: Page,
  from = 0,
  to = Infinity,
  count: 'overlap' | 'start' = 'overlap',
): Promise<number> {
  return page.evaluate(
    ([a, b, startOnly]) =>
      Math.max(
        0,
        ...(window.__bench?.longTasks ?? [])
          .filter((t) => (startOnly ? t.start >= a : t.start + t.duration >= a) && t.start <= b)
          .map((t) => t.duration),
      ),
    [from, to, count === 'start'] as const,
  )
}

/** Starts recording Cytoscape `render` events of whichever core the app shows. */
export function trackRenders(page: Page): Promise<void> {
  return page.evaluate(() => {
    const probe = window.__bench!
    const attach = () => {
      const cy = window.__wijknetwerk?.cy
      if (!cy || probe.tracked.has(cy)) return
      probe.tracked.add(cy)
      cy.on('render', () => probe.renders.push(performance.now()))
    }
    attach()
    setInterval(attach, 20)
  })
}

export interface Settled {
  inputAt: number
  /** The last frame drawn because of the input; NaN if nothing was drawn. */
  lastRender: number
  ms: number
  longestTaskMs: number
}

/**
 * Waits until the graph has drawn nothing for `quietMs` after the last input, and returns the
 * time from that input to the last frame it caused: the end of the transition.
 */
export function settleAfterInput(page: Page, quietMs = 500, timeoutMs = 15_000): Promise<Settled> {
  return page.evaluate(
    ([quiet, timeout]) =>
      new Promise<Settled>((resolve) => {
        const probe = window.__bench!
        const begin = performance.now()
        const check = () => {
          const inputAt = probe.inputAt
          const after = probe.renders.filter((t) => t >= inputAt)
          const last = after.length ? after[after.length - 1]! : Number.NaN
          const now = performance.now()
          const quietSince = Number.isNaN(last) ? inputAt : last
          if ((now - quietSince >= quiet && now - begin >= quiet) || now - begin > timeout) {
            const end = Number.isNaN(last) ? now : last
            const longest = Math.max(
              0,
              ...probe.longTasks
                .filter((t) => t.start + t.duration >= inputAt && t.start <= end)
                .map((t) => t.duration),
            )
            resolve({ inputAt, lastRender: last, ms: last - inputAt, longestTaskMs: longest })
          } else setTimeout(check, 25)
        }
        check()
      }),
    [quietMs, timeoutMs] as const,
  )
}

export interface PngResult {
  ms: number
  bytes: number
}

/** `cy.png` of the whole network at `scale`, timed (a synchronous call). */
export function exportPng(page: Page, scale: number): Promise<PngResult> {
  return page.evaluate((s) => {
    const cy = window.__wijknetwerk!.cy
    const start = performance.now()
    const blob = cy.png({ full: true, scale: s, output: 'blob', bg: '#ffffff' })
    return { ms: performance.now() - start, bytes: blob.size }
  }, scale)
}

export interface FrameResult {
  fps: number
  /** Main-thread time of each draw call while the view changed. */
  drawMs: number[]
}

/**
 * Zooms between 1× and 4× of the whole network while the focus moves on a circle, once per
 * animation frame for `seconds`; counts frames and times the renderer's draw calls.
 * `engine` picks the app's sigma view or the bare page's Cytoscape core.
 */
export function panZoom(
  page: Page,
  engine: 'sigma' | 'cytoscape',
  seconds = 3,
): Promise<FrameResult> {
  return page.evaluate(
    ([which, duration]) =>
      new Promise<FrameResult>((resolve) => {
        const drawMs: number[] = []
        type Drawable = { render: (...args: unknown[]) => unknown }
        const timed = (target: Drawable) => {
          const original = target.render.bind(target)
          target.render = (...args: unknown[]) => {
            const t = performance.now()
            const out = original(...args)
            drawMs.push(performance.now() - t)
            return out
          }
        }
        let move: (t: number) => void
        if (which === 'sigma') {
          const sigma = window.__wijknetwerkLarge!.sigma
          timed(sigma as unknown as Drawable)
          const camera = sigma.getCamera()
          move = (t) => {
            const zoom = 1 + 1.5 * (1 - Math.cos(2 * Math.PI * t))
            const a = 2 * Math.PI * t
            camera.setState({
              x: 0.5 + 0.15 * Math.cos(a),
              y: 0.5 + 0.15 * Math.sin(a),
              ratio: 1 / zoom,
            })
          }
        } else {
          const cy = window.__bare!.cy
          // `renderer()` is public in Cytoscape but missing from its type definitions.
          timed((cy as unknown as { renderer: () => Drawable }).renderer())
          cy.fit(undefined, 20)
          const fitZoom = cy.zoom()
          const centre = { x: cy.width() / 2, y: cy.height() / 2 }
          const box = cy.elements().boundingBox()
          const mid = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 }
          move = (t) => {
            const zoom = fitZoom * (1 + 1.5 * (1 - Math.cos(2 * Math.PI * t)))
            const a = 2 * Math.PI * t
            const focus = {
              x: mid.x + 0.15 * box.w * Math.cos(a),
              y: mid.y + 0.15 * box.h * Math.sin(a),
            }
            cy.viewport({
              zoom,
              pan: { x: centre.x - focus.x * zoom, y: centre.y - focus.y * zoom },
            })
          }
        }
        let frames = 0
        const start = performance.now()
        const step = (now: number) => {
          const elapsed = (now - start) / 1000
          if (elapsed >= duration) {
            resolve({ fps: frames / elapsed, drawMs })
            return
          }
          frames++
          move(elapsed / duration)
          requestAnimationFrame(step)
        }
        requestAnimationFrame(step)
      }),
    [engine, seconds] as const,
  )
}

/** JS heap in use, in MB, from the DevTools protocol. */
export async function heapMB(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page)
  try {
    await session.send('Performance.enable')
    const { metrics } = await session.send('Performance.getMetrics')
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN
    return used / 1024 ** 2
  } finally {
    await session.detach()
  }
}
