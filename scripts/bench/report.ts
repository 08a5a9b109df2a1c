import type { BenchResult } from './core.ts'

const n = (value: number | null | undefined, digits = 0) =>
  value === null || value === undefined || !Number.isFinite(value)
    ? '–'
    : value.toLocaleString('en-GB', {
        maximumFractionDigits: digits,
        minimumFractionDigits: digits,
      })
const s = (ms: number | null | undefined) =>
  ms === null || ms === undefined || !Number.isFinite(ms) ? '–' : `${n(ms / 1000, 2)} s`
const verdict = (ok: boolean) => (ok ? 'met' : '**not met**')

/** The figures as Markdown tables: printed by `npm run bench` and kept in BENCHMARKS.md. */
export function formatReport(r: BenchResult): string {
  const m = r.machine
  const lines: string[] = []
  lines.push(
    `Run ${r.date.slice(0, 16).replace('T', ' ')} UTC · ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB · ` +
      `${m.os} · load average ${m.loadAverage ?? '–'} · Chromium ${m.chromium} · Node ${m.node} · ` +
      `medians of ${r.runs} runs (bundled case), ` +
      `${r.large[0]?.runs ?? 0} (generated networks)`,
    '',
    `Browser switches: bundled case and Cytoscape runs \`${m.browserArgs.default.join(' ')}\` ` +
      `(software compositing); generated networks also with \`${m.browserArgs.gpuProcess.join(' ')}\` (GPU process, SwiftShader).`,
    '',
    `| Bundled case (\`${r.bundledCase}\`) | median | budget |`,
    '|---|---|---|',
    `| First graph, app (cold load) | ${n(r.firstGraphAppMs)} ms | |`,
    `| First graph, bare Cytoscape page | ${n(r.firstGraphBareMs)} ms | |`,
    `| Ratio app / bare (same run) | ${n(r.firstGraphRatio, 2)}× | ≤ 1.2× — ${verdict(r.firstGraphRatio <= 1.2)} |`,
    `| Phase step (→ to end of transition) | ${n(r.phaseStepMs)} ms | |`,
    `| Phase step: longest main-thread task | ${n(r.phaseStepLongestTaskMs)} ms | ≤ 50 ms — ${verdict(r.phaseStepLongestTaskMs <= 50)} |`,
    `| Case switch (to end of transition) | ${n(r.caseSwitchMs)} ms (longest task ${n(r.caseSwitchLongestTaskMs)} ms) | |`,
    `| Spotlight | ${r.spotlightMs === null ? `– (${r.spotlightNote ?? 'not measured'})` : `${n(r.spotlightMs)} ms (longest task ${n(r.spotlightLongestTaskMs)} ms)`} | |`,
    `| PNG export 4×, whole case | ${n(r.png4xMs)} ms, ${n(r.png4xMB, 1)} MB | |`,
    `| Initial JS (gzip) | ${n(r.initialJsGzipKB, 1)} KB | ≤ 250 KB — ${verdict(r.initialJsGzipKB <= 250)} |`,
    `| Initial CSS (gzip) | ${n(r.initialCssGzipKB, 1)} KB | |`,
    '',
    '| Generated network (nodes / edges) | renderer | first frame | layout (worker) | pan/zoom fps* | main thread per frame, p95 (software compositing / GPU process) | longest task during layout (GPU process / software compositing) | … in the 3 s after it | longest task while loading | heap |',
    '|---|---|---|---|---|---|---|---|---|---|',
  )
  for (const row of r.large) {
    const soft = row.softwareCompositing
    lines.push(
      `| ${n(row.nodes)} / ${n(row.edges)} | sigma (app) | ${s(row.firstFrameMs)} | ${s(row.layoutMs)} | ${n(row.fps, 1)} | **${n(row.frameMainThreadP95Ms, 1)} ms** / ${n(row.gpuProcess.frameMainThreadP95Ms, 1)} ms | **${n(row.longestTaskMs)} ms** / ${n(soft.longestTaskMs)} ms | ${n(row.longestTaskAfterLayoutMs)} ms | ${n(row.longestTaskLoadMs)} ms | ${n(row.heapMB)} MB |${row.error ? ` ${row.error}` : ''}`,
    )
  }
  for (const row of r.cytoscapeLarge) {
    lines.push(
      `| ${n(row.nodes)} / ${n(row.edges)} | Cytoscape (bare page, lightest style) | ${s(row.firstFrameMs)} | – (seeded positions) | ${n(row.fps, 1)} | ${n(row.frameMainThreadP95Ms, 1)} ms | – | – | ${n(row.longestTaskMs)} ms | ${n(row.heapMB)} MB |${row.error ? ` ${row.error}` : ''}`,
    )
  }
  lines.push(
    '',
    '\\* WebGL and canvas are rasterised in software on a machine without GPU: fps are reported, not judged. ' +
      'Bold: the figure judged against the budget, measured where the software GPU adds no waiting of its own ' +
      '(time per frame inside sigma with software compositing; long tasks with the GPU process). ' +
      'Generated networks: first frame, layout, fps, loading and heap from the GPU-process runs.',
    '',
    '| Chunk | loaded | gzip | raw |',
    '|---|---|---|---|',
    ...r.bundle.initial.map(
      (f) =>
        `| ${f.name} (${f.file.split('.').pop()}) | initially | ${n(f.gzipKB, 1)} KB | ${n(f.rawKB, 1)} KB |`,
    ),
    ...r.bundle.graph.map(
      (f) =>
        `| ${f.name} (${f.file.split('.').pop()}) | at once, for the graph${f.name.endsWith('.worker') ? ' (worker)' : ''} | ${n(f.gzipKB, 1)} KB | ${n(f.rawKB, 1)} KB |`,
    ),
    ...r.bundle.lazy.map(
      (f) => `| ${f.name} | on demand | ${n(f.gzipKB, 1)} KB | ${n(f.rawKB, 1)} KB |`,
    ),
  )
  return lines.join('\n')
}

/** The figures the issue asks for, plus everything else measured. */
export function toJson(r: BenchResult): string {
  return JSON.stringify(
    r,
    (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value),
    2,
  )
}
