import { type CaseGraph, phaseGraph, previousPhase } from '../../domain/caseGraph.ts'
import { findMeasure } from '../../domain/metrics/registry.ts'
import type { Dataset } from '../../domain/schema.ts'
import type { FigureTexts } from '../../domain/export/figureLayout.ts'
import type { Background, FigureSpec } from '../../graph/export/figureSpec.ts'
import { figureLegend, type FigureLegendLabels } from '../../graph/export/figureLegend.ts'
import { legendModel } from '../../graph/legendModel.ts'
import { SIZE_METRIC } from '../../graph/sizeScale.ts'
import { type Lang, localized, type Messages } from '../../i18n/index.ts'
import type { SizeMeasure } from '../../state/analysisStore.ts'
import type { ColourMode } from '../../state/graphOptionsStore.ts'

export interface FigureContext {
  dataset: Dataset
  graph: CaseGraph
  t: Messages
  lang: Lang
  colourMode: ColourMode
  sizeBy: SizeMeasure
  diff: boolean
}

export function caseTitle(ctx: FigureContext): string {
  return localized(ctx.lang, ctx.graph.kase.title, ctx.graph.kase.titleEn)
}

export function phaseName(ctx: FigureContext, phaseId: string): string {
  const phase = ctx.graph.phases.find((p) => p.id === phaseId)
  if (!phase) return phaseId
  return `${ctx.t.phase.name(phase.order)}: ${localized(ctx.lang, phase.label, phase.labelEn)}`
}

/** The default title and subtitle of a phase's figure. */
export function defaultTexts(ctx: FigureContext, phaseId: string) {
  const phase = ctx.graph.phases.find((p) => p.id === phaseId)
  const story = phase ? localized(ctx.lang, phase.story ?? '', phase.storyEn) : ''
  const kase = ctx.graph.kase
  return {
    title: ctx.t.export.phaseTitle(caseTitle(ctx), phaseName(ctx, phaseId)),
    subtitle: story || `${kase.city}${kase.area ? `, ${kase.area}` : ''}`,
  }
}

/** Dataset, the case's provenance, the disclaimer and the date: printed under every figure. */
export function sourceLine(ctx: FigureContext, kase = ctx.graph.kase): string {
  const { t, lang, dataset } = ctx
  const provenance = kase.provenance
  const cited = (provenance.sources ?? [])
    .map((id) => dataset.sources.find((s) => s.id === id)?.title)
    .filter((title): title is string => Boolean(title))
  const origin =
    cited.length > 0
      ? `${t.provenance.kind[provenance.kind]}: ${cited.join('; ')}`
      : t.provenance.kind[provenance.kind]
  const date = new Date().toLocaleDateString(lang === 'en' ? 'en-GB' : 'nl-NL', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  })
  return [
    dataset.title,
    `${t.provenance.label}: ${origin}`,
    localized(lang, dataset.disclaimer, dataset.disclaimerEn),
    t.export.generated(date),
  ].join(' · ')
}

function legendLabels(ctx: FigureContext): FigureLegendLabels {
  const { t } = ctx
  const measure = findMeasure(SIZE_METRIC[ctx.sizeBy])?.label[ctx.lang] ?? ctx.sizeBy
  return {
    partyTypes: t.legend.partyTypes,
    worlds: t.legend.worlds,
    relations: t.legend.relations,
    cues: t.export.legendCues,
    partyType: t.vocab.partyType,
    relationType: t.vocab.relationType,
    world: t.vocab.world,
    size: ctx.sizeBy === 'influence' ? t.legend.size : t.analysis.sizeScaleTitle(measure),
    strength: t.legend.strength,
    directed: t.legend.directed,
    absent: t.legend.absent,
    diff: {
      title: t.analysis.diffLegendTitle,
      added: t.analysis.diffNew,
      ended: t.analysis.diffEnded,
      entered: t.analysis.diffEntered,
    },
  }
}

/** Everything drawn around the graph of one or more phases of the case. */
export function figureSpec(
  ctx: FigureContext,
  phaseIds: readonly string[],
  texts: FigureTexts,
  background: Background,
): FigureSpec {
  const only = phaseIds.length === 1 ? phaseIds[0] : undefined
  const diff = ctx.diff && only !== undefined && previousPhase(ctx.graph, only) !== undefined
  const models = phaseIds
    .filter((id) => phaseGraph(ctx.graph, id))
    .map((id) => legendModel(ctx.graph, id))
  return {
    texts,
    legend: figureLegend(models, legendLabels(ctx), { colourMode: ctx.colourMode, diff }),
    background,
    metadata: {
      title: texts.title,
      description: [texts.subtitle, texts.caption].filter((s) => s.trim()).join(' — '),
      source: texts.source,
    },
  }
}
