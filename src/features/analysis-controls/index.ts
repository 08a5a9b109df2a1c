export { AnalysisControls } from './AnalysisControls.tsx'
export { DiffLegend } from './DiffLegend.tsx'
export { SizeScaleCue } from './SizeScaleCue.tsx'
