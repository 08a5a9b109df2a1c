/**
 * Network measures of power and power shift: pure TypeScript, checked against networkx.
 *
 * Conventions, in one place:
 * - Analysis graph (`toAnalysisGraph`): the actors present in a phase; every relation of the
 *   phase except conflicts (negative ties: a dispute is no channel of resources, so it would
 *   make opponents look central); parallel relations collapse into one edge whose weight is
 *   their summed strength; self-loops are dropped. Undirected by default; a directed analysis
 *   runs directed relations source → target and undirected ones both ways.
 * - Degree, betweenness and closeness count hops and ignore strength. Strength is the summed
 *   strength of the relations touching an actor.
 * - PageRank (damping 0.85, dangling rank spread evenly) splits rank in proportion to
 *   strength, as networkx's default `weight='weight'`; `weighted: false` counts ties equally.
 * - Closeness is Wasserman–Faust; in a directed analysis it uses incoming distances (networkx).
 * - Directed degree centralization uses total degree (in + out), so it reads the same scale
 *   as the undirected one; in- and out-degree centralization are given besides.
 * - Gini is the population form Σ|xi − xj| / (2n²·mean) (0.32609 on the §3.5 fixture of the
 *   design notes); `giniNormalized` multiplies by n/(n−1).
 * - Phase diffs match ties by type and unordered pair of actors, not by relation id, because a
 *   relation has one strength for all its phases.
 */
export {
  type AnalysisGraph,
  type AnalysisNode,
  type AnalysisOptions,
  buildAnalysisGraph,
  isStructural,
  toAnalysisGraph,
} from './analysisGraph.ts'
export type { Change } from './change.ts'
export { type InfluenceIndices, competitionRanks, gini, herfindahl, shares } from './influence.ts'
export { type NetworkIndices } from './networkIndices.ts'
export { measureNetwork, type NetworkMeasures, type NodeMeasures } from './nodeMeasures.ts'
export { type PageRankOptions, pagerank } from './pagerank.ts'
export {
  ACTOR_CHANGE_KEYS,
  type ActorChange,
  type ActorChangeKey,
  diffConsecutivePhases,
  diffMetrics,
  diffPhases,
  INDEX_CHANGE_KEYS,
  type IndexChangeKey,
  type PhaseDiff,
} from './phaseDiff.ts'
export {
  type ActorMetrics,
  type PhaseIndices,
  type PhaseMetrics,
  type PhaseMetricsOptions,
  phaseMetrics,
} from './phaseMetrics.ts'
export { findMeasure, type MeasureDefinition, type MeasureKind, MEASURES } from './registry.ts'
export { diffRelations, type RelationChange, type RelationStatus } from './relationDiff.ts'
export {
  DEFAULT_SHIFT_THRESHOLDS,
  type ShiftSentence,
  type ShiftSentenceKind,
  type ShiftThresholds,
  summarizeShift,
  summaryText,
} from './shiftSummary.ts'
export { formatDecimal, formatPercent, type Lang, PARTY_TYPE_NAMES } from './summaryFormat.ts'
