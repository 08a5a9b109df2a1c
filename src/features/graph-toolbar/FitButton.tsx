import { useGraphHandle } from '../../graph/graphHandle.tsx'
import { useT } from '../../i18n/index.ts'

/** Brings the whole network back into view after zooming or panning. */
export function FitButton() {
  const t = useT()
  const graph = useGraphHandle()
  return (
    <button type="button" className="button fit-button" onClick={() => graph.fit()}>
      <span aria-hidden="true">⤢ </span>
      {t.graph.fit}
    </button>
  )
}
