import type { CaseGraph } from '../domain/caseGraph.ts'
import type { PhaseMetrics } from '../domain/metrics/phaseMetrics.ts'
import { formatDecimal, type Lang } from '../domain/metrics/summaryFormat.ts'
import { INFLUENCE_MAX } from '../domain/vocabulary.ts'
import { clamp } from '../lib/clamp.ts'
import type { SizeMeasure } from '../state/analysisStore.ts'
import { NODE_SIZE_MAX, NODE_SIZE_MIN } from './encoding.ts'

/** The field of `ActorMetrics` (and id in the MEASURES registry) each size measure reads. */
export const SIZE_METRIC = {
  influence: 'influence',
  degree: 'degree',
  betweenness: 'betweennessNormalized',
  pagerank: 'pagerank',
} as const satisfies Record<SizeMeasure, string>

/** How a size measure's values are written: whole numbers or two decimals. */
const DIGITS: Record<SizeMeasure, number> = { influence: 0, degree: 0, betweenness: 2, pagerank: 2 }

/** A value of a size measure as text, e.g. "3" or "0,25" (Dutch decimal comma). */
export function formatSizeValue(measure: SizeMeasure, value: number, lang: Lang): string {
  return formatDecimal(value, DIGITS[measure], lang)
}

/** A change of a size measure with its sign: "+3", "−0,12" (a real minus sign). */
export function formatSizeDelta(measure: SizeMeasure, delta: number, lang: Lang): string {
  const text = formatSizeValue(measure, Math.abs(delta), lang)
  return `${delta < 0 ? '−' : '+'}${text}`
}

export interface SizeScale {
  measure: SizeMeasure
  /** The value drawn at the largest size: the case-wide maximum (influence: the 0–8 scale's 8). */
  max: number
  /** Value of an actor in a phase, by phase id then actor id. */
  values: ReadonlyMap<string, ReadonlyMap<string, number>>
  /** Diameter for a value: linear from 0 (smallest) to `max` (largest). */
  sizeOf: (value: number) => number
  /** Three reference points for the legend: 0, half and the maximum. */
  stops: { value: number; size: number }[]
}

/**
 * A node-size scale shared by all phases of a case, so a node that grows between phases is
 * drawn larger. Influence keeps its fixed 0–8 scale (comparable across cases too); the
 * structural measures are scaled by their maximum over all phases of the case.
 */
export function sizeScale(phases: readonly PhaseMetrics[], measure: SizeMeasure): SizeScale {
  const key = SIZE_METRIC[measure]
  const values = new Map(
    phases.map((p) => [p.phaseId, new Map(p.actors.map((a) => [a.id, a[key]]))] as const),
  )
  const observed = Math.max(0, ...phases.flatMap((p) => p.actors.map((a) => a[key])))
  return scaleOf(measure, values, measure === 'influence' ? INFLUENCE_MAX : observed)
}

/**
 * The influence scale read straight from the case's scores: the same scale as
 * `sizeScale(measures, 'influence')`, without measuring the network first.
 */
export function influenceScale(graph: CaseGraph): SizeScale {
  const values = new Map(
    graph.phases.map((phase) => {
      const inPhase = new Map<string, number>()
      for (const { actor, positions } of graph.actors) {
        const position = positions.get(phase.id)
        if (position) inPhase.set(actor.id, position.influence)
      }
      return [phase.id, inPhase] as const
    }),
  )
  return scaleOf('influence', values, INFLUENCE_MAX)
}

function scaleOf(
  measure: SizeMeasure,
  values: ReadonlyMap<string, ReadonlyMap<string, number>>,
  max: number,
): SizeScale {
  const sizeOf = (value: number) => {
    const t = max > 0 ? clamp(value / max, 0, 1) : 0
    return Math.round(NODE_SIZE_MIN + t * (NODE_SIZE_MAX - NODE_SIZE_MIN))
  }
  const stops = [0, max / 2, max].map((value) => ({ value, size: sizeOf(value) }))
  return { measure, max, values, sizeOf, stops }
}
