import { useId } from 'react'
import { useLang, useT } from '../../i18n/index.ts'
import {
  isSizeMeasure,
  SIZE_MEASURES,
  selectSizeBy,
  useAnalysisStore,
} from '../../state/analysisStore.ts'
import { sizeMeasureLabel } from './measureLabel.ts'

const selectSetSizeBy = (s: ReturnType<typeof useAnalysisStore.getState>) => s.setSizeBy

/** Which measure node size shows: influence, degree, betweenness or PageRank. */
export function SizeByControl() {
  const t = useT()
  const lang = useLang()
  const id = useId()
  const sizeBy = useAnalysisStore(selectSizeBy)
  const setSizeBy = useAnalysisStore(selectSetSizeBy)
  return (
    <div className="analysis-control">
      <label htmlFor={id} className="analysis-control__label">
        {t.analysis.sizeBy}
      </label>
      <select
        id={id}
        className="analysis-control__select"
        value={sizeBy}
        onChange={(event) => {
          if (isSizeMeasure(event.target.value)) setSizeBy(event.target.value)
        }}
      >
        {SIZE_MEASURES.map((measure) => (
          <option key={measure} value={measure}>
            {sizeMeasureLabel(measure, lang)}
          </option>
        ))}
      </select>
    </div>
  )
}
