import type { CaseGraph } from '../../domain/caseGraph.ts'
import { DiffToggle } from './DiffToggle.tsx'
import { SizeByControl } from './SizeByControl.tsx'

/** The size-by select and the diff toggle, above the legend. */
export function AnalysisControls({ graph, phaseId }: { graph: CaseGraph; phaseId: string }) {
  return (
    <div className="analysis-controls">
      <SizeByControl />
      <DiffToggle graph={graph} phaseId={phaseId} />
    </div>
  )
}
