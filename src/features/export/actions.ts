import { zipSync, strToU8 } from 'fflate'
import { buildCaseGraph } from '../../domain/caseGraph.ts'
import { caseDataset, datasetJson } from '../../domain/export/caseJson.ts'
import { figureFileName, fileSlug } from '../../domain/export/fileNames.ts'
import { actorMetricsCsv, partyTypeSharesCsv } from '../../domain/export/metricsCsv.ts'
import { networkCsv } from '../../domain/export/networkCsv.ts'
import { type PixelSize, requestedSize } from '../../domain/export/presets.ts'
import type { SizeDecision } from '../../domain/export/sizeCheck.ts'
import {
  exportFigurePng,
  exportFigureSvg,
  exportFilmstripPng,
  type ZipJob,
  zipFigures,
} from '../../graph/export/exportFigure.ts'
import { casePhaseElements, shownIds } from '../../graph/export/phaseElements.ts'
import { phaseScene, sceneFromCore } from '../../graph/export/scene.ts'
import { shareChartPng } from '../../graph/export/shareChart.ts'
import type { GraphHandle } from '../../graph/graphHandle.tsx'
import { caseLayout } from '../../graph/layout.ts'
import { saveBlob, textBlob } from '../../lib/saveBlob.ts'
import {
  caseTitle,
  defaultTexts,
  type FigureContext,
  figureSpec,
  phaseName,
  sourceLine,
} from './figureInputs.ts'
import type { ExportSettings } from './settings.ts'
import type { TaskProgress } from './useExportTask.ts'

type Core = NonNullable<ReturnType<GraphHandle['getCore']>>

/** What every export action needs: the figure context, the phase on screen and the live core. */
export interface ActionContext extends FigureContext {
  phaseId: string
  core: Core | null
  settings: ExportSettings
}

function requireCore(ctx: ActionContext): Core {
  if (!ctx.core) throw new Error(ctx.t.export.noGraph)
  return ctx.core
}

/** The graph's on-screen size, for "scale of the current view". */
export function viewSize(core: Core | null): PixelSize {
  const container = core?.container()
  return {
    width: container?.clientWidth || core?.width() || 1280,
    height: container?.clientHeight || core?.height() || 720,
  }
}

function savedMessage(ctx: ActionContext, name: string, decision: SizeDecision): string {
  const t = ctx.t.export
  switch (decision.kind) {
    case 'ok':
      return t.saved(name)
    case 'reduce':
      return t.savedReduced(
        name,
        decision.requested.width,
        decision.requested.height,
        decision.width,
        decision.height,
      )
    case 'tile':
      return t.savedTiled(name, decision.width, decision.height)
  }
}

function phaseSpec(ctx: ActionContext, phaseId: string) {
  return figureSpec(
    ctx,
    [phaseId],
    {
      ...defaultTexts(ctx, phaseId),
      caption: ctx.settings.caption,
      source: sourceLine(ctx),
    },
    ctx.settings.background,
  )
}

/** The figure of the phase on screen, as PNG or SVG, with the dialog's texts. */
export async function exportCurrentFigure(ctx: ActionContext): Promise<string> {
  const core = requireCore(ctx)
  const { settings } = ctx
  const scene = sceneFromCore(core, settings.view === 'whole')
  const size = requestedSize(settings.size, viewSize(core))
  const spec = figureSpec(
    ctx,
    [ctx.phaseId],
    {
      title: settings.title,
      subtitle: settings.subtitle,
      caption: settings.caption,
      source: sourceLine(ctx),
    },
    settings.background,
  )
  const name = figureFileName(ctx.graph.kase.id, ctx.phaseId, settings.format)
  if (settings.format === 'svg') {
    saveBlob(await exportFigureSvg(scene, spec, size), name)
    return ctx.t.export.saved(name)
  }
  const result = await exportFigurePng(scene, spec, size)
  saveBlob(result.blob, name)
  return savedMessage(ctx, name, result.decision)
}

function elementsOf(ctx: FigureContext) {
  return casePhaseElements(ctx.graph, {
    lang: ctx.lang,
    colourMode: ctx.colourMode,
    sizeBy: ctx.sizeBy,
  })
}

/** All phases of the case side by side in one PNG. */
export async function exportFilmstrip(ctx: ActionContext): Promise<string> {
  const chosen = requestedSize(ctx.settings.size, viewSize(ctx.core))
  const count = ctx.graph.phases.length
  const size = {
    width: Math.max(chosen.width, Math.round(count * chosen.height * 0.9)),
    height: chosen.height,
  }
  const elements = elementsOf(ctx)
  const spec = figureSpec(
    ctx,
    ctx.graph.phases.map((p) => p.id),
    {
      title: caseTitle(ctx),
      subtitle: ctx.t.export.filmstripSubtitle,
      caption: ctx.settings.caption,
      source: sourceLine(ctx),
    },
    ctx.settings.background,
  )
  const result = await exportFilmstripPng(
    ctx.graph.phases.map((p) => ({
      label: phaseName(ctx, p.id),
      elements: elements.get(p.id) ?? [],
    })),
    caseLayout(ctx.graph),
    spec,
    size,
  )
  const name = `${fileSlug(ctx.graph.kase.id)}-filmstrip.png`
  saveBlob(result.blob, name)
  return savedMessage(ctx, name, result.decision)
}

type Progress = (p: TaskProgress) => void

/** One PNG per phase of the case, in a ZIP. */
export async function exportPhasesZip(
  ctx: ActionContext,
  signal: AbortSignal,
  progress: Progress,
): Promise<string> {
  const size = requestedSize(ctx.settings.size, viewSize(ctx.core))
  const elements = elementsOf(ctx)
  const jobs: ZipJob[] = ctx.graph.phases.map((phase) => ({
    fileName: figureFileName(ctx.graph.kase.id, phase.id, 'png'),
    render: async () =>
      (
        await exportFigurePng(
          phaseScene(elements.get(phase.id) ?? [], null),
          phaseSpec(ctx, phase.id),
          size,
        )
      ).blob,
  }))
  const name = `${fileSlug(ctx.graph.kase.id)}-phases.zip`
  saveBlob(await zipFigures(jobs, progress, signal), name)
  return ctx.t.export.saved(name)
}

/** One PNG per case (its phase on screen, or its first phase), in a ZIP. */
export async function exportCasesZip(
  ctx: ActionContext,
  signal: AbortSignal,
  progress: Progress,
): Promise<string> {
  const size = requestedSize(ctx.settings.size, viewSize(ctx.core))
  const jobs: ZipJob[] = ctx.dataset.cases.map((kase) => {
    const graph = buildCaseGraph(ctx.dataset, kase)
    const phaseId =
      kase.id === ctx.graph.kase.id
        ? ctx.phaseId
        : (graph.phases[0]?.id ?? kase.phases[0]?.id ?? '')
    return {
      fileName: figureFileName(kase.id, phaseId, 'png'),
      render: async () => {
        const caseCtx: ActionContext = { ...ctx, graph, phaseId }
        const elements = elementsOf(caseCtx).get(phaseId) ?? []
        const spec = phaseSpec(caseCtx, phaseId)
        return (await exportFigurePng(phaseScene(elements, null), spec, size)).blob
      },
    }
  })
  const name = 'wijknetwerk-cases.zip'
  saveBlob(await zipFigures(jobs, progress, signal), name)
  return ctx.t.export.saved(name)
}

const BOM = '\ufeff'

/** The network on screen (filters applied) as actors.csv and relations.csv in a ZIP. */
export async function exportNetworkCsv(ctx: ActionContext): Promise<string> {
  const shown = ctx.core ? shownIds(ctx.core) : {}
  const csv = networkCsv(ctx.graph, ctx.phaseId, shown)
  const zip = zipSync({
    'actors.csv': strToU8(BOM + csv.actors),
    'relations.csv': strToU8(BOM + csv.relations),
  })
  const name = figureFileName(ctx.graph.kase.id, ctx.phaseId, 'csv.zip')
  saveBlob(new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), name)
  return ctx.t.export.saved(name)
}

export async function exportCaseJson(ctx: ActionContext): Promise<string> {
  const name = `${fileSlug(ctx.graph.kase.id)}.json`
  saveBlob(
    textBlob(datasetJson(caseDataset(ctx.dataset, ctx.graph.kase.id)), 'application/json'),
    name,
  )
  return ctx.t.export.saved(name)
}

export async function exportMetricsCsv(ctx: ActionContext): Promise<string> {
  const base = figureFileName(ctx.graph.kase.id, ctx.phaseId, 'csv').replace(/\.csv$/, '')
  const name = `${base}-measures.csv`
  saveBlob(textBlob(BOM + actorMetricsCsv(ctx.graph, ctx.phaseId), 'text/csv'), name)
  return ctx.t.export.saved(name)
}

export async function exportSharesCsv(ctx: ActionContext): Promise<string> {
  const name = `${fileSlug(ctx.graph.kase.id)}-influence-shares.csv`
  saveBlob(textBlob(BOM + partyTypeSharesCsv(ctx.graph), 'text/csv'), name)
  return ctx.t.export.saved(name)
}

export async function exportSharesPng(ctx: ActionContext): Promise<string> {
  const name = `${fileSlug(ctx.graph.kase.id)}-influence-shares.png`
  const blob = await shareChartPng(ctx.graph, {
    title: ctx.t.export.shareChartTitle(caseTitle(ctx)),
    phaseLabel: (id) => phaseName(ctx, id),
    partyLabel: (type) => ctx.t.vocab.partyType[type],
    source: sourceLine(ctx),
    background: ctx.settings.background,
  })
  saveBlob(blob, name)
  return ctx.t.export.saved(name)
}
