import { findMeasure } from '../../domain/metrics/registry.ts'
import type { Lang } from '../../domain/metrics/summaryFormat.ts'
import { SIZE_METRIC } from '../../graph/sizeScale.ts'
import type { SizeMeasure } from '../../state/analysisStore.ts'

/** The registry's name of a size measure, so the control, legend and table agree. */
export function sizeMeasureLabel(measure: SizeMeasure, lang: Lang): string {
  return findMeasure(SIZE_METRIC[measure])?.label[lang] ?? measure
}
