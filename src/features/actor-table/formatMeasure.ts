import type { MeasureDefinition } from '../../domain/metrics/registry.ts'
import { formatDecimal, formatPercent, type Lang } from '../../domain/metrics/summaryFormat.ts'

/** A measure's value for the table: counts whole, shares as %, scores with two decimals. */
export function formatMeasure(
  measure: MeasureDefinition,
  value: number | null,
  lang: Lang,
): string {
  if (value === null) return '—'
  switch (measure.kind) {
    case 'count':
      return formatDecimal(value, 0, lang)
    case 'share':
      return formatPercent(value, lang)
    case 'score':
      return formatDecimal(value, Number.isInteger(value) ? 0 : 2, lang)
  }
}
