import { isSizeMeasure, type SizeMeasure } from './analysisStore.ts'

/** The analysis choices kept in the URL: `?size=degree&diff=1`. */
export interface AnalysisParams {
  sizeBy: SizeMeasure
  diff: boolean
}

export const DEFAULT_ANALYSIS_PARAMS: AnalysisParams = { sizeBy: 'influence', diff: false }

/** Reads `size` and `diff`; unknown values fall back to the defaults. */
export function readAnalysisParams(search: string): AnalysisParams {
  const params = new URLSearchParams(search)
  const size = params.get('size')
  return {
    sizeBy: isSizeMeasure(size) ? size : DEFAULT_ANALYSIS_PARAMS.sizeBy,
    diff: params.get('diff') === '1',
  }
}

/** The query string with only `size` and `diff` changed; defaults are left out of the address. */
export function withAnalysisParams(search: string, choice: AnalysisParams): string {
  const params = new URLSearchParams(search)
  if (choice.sizeBy === DEFAULT_ANALYSIS_PARAMS.sizeBy) params.delete('size')
  else params.set('size', choice.sizeBy)
  if (choice.diff) params.set('diff', '1')
  else params.delete('diff')
  const text = params.toString()
  return text === '' ? '' : `?${text}`
}
