import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const require = createRequire(import.meta.url)
const AXE_PATH = require.resolve('axe-core/axe.min.js')

/** WCAG 2.1 A and AA, the level the app promises. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

interface AxeResult {
  passes: unknown[]
  violations: {
    id: string
    impact: string | null
    help: string
    nodes: { target: unknown[]; failureSummary?: string }[]
  }[]
}

/**
 * Runs axe-core (the accessibility engine) on the page as it stands and returns one line per
 * violation and element, so a failing test names rule, element and reason.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_PATH })
  const result = await page.evaluate(async (tags) => {
    const axe = (
      window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<AxeResult> } }
    ).axe
    return axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    })
  }, TAGS)
  // A run that checked nothing would pass silently; it must have found rules that apply.
  if (result.passes.length === 0) throw new Error('axe-core ran no checks on this page')
  return result.violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id} (${v.impact ?? 'n/a'}): ${v.help} at ${JSON.stringify(n.target)} — ${n.failureSummary ?? ''}`,
    ),
  )
}
