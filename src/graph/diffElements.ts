import type { ElementDefinition } from 'cytoscape'
import type { PhaseGraph } from '../domain/caseGraph.ts'
import type { ActorChange, PhaseDiff } from '../domain/metrics/phaseDiff.ts'
import type { RelationChange } from '../domain/metrics/relationDiff.ts'
import type { Lang } from '../domain/metrics/summaryFormat.ts'
import type { Role } from '../domain/vocabulary.ts'
import { formatSizeDelta, SIZE_METRIC, type SizeScale } from './sizeScale.ts'
import { type EdgeData, edgeDataOf, type NodeData } from './toElements.ts'

/** Words drawn on the canvas in the diff view. */
export interface DiffTexts {
  entered: string
  left: string
  role: (role: Role) => string
}

export interface DiffOptions {
  /** From the previous phase to the shown one. */
  transition: PhaseDiff
  /** The previous phase: its relations that ended are drawn too. */
  previous: PhaseGraph
  lang: Lang
  texts: DiffTexts
}

/** Extra node data in the diff view. Empty strings where nothing changed. */
export type DiffNodeData = NodeData & {
  /** The name alone; `label` then holds the name and the badge lines. */
  name: string
  /** "▲ +3", "▼ −0,12", or the entered/left word. */
  badge: string
  /** "+trekker −deelnemer". */
  roleChange: string
}

export type DiffEdgeData = EdgeData & { diffMark: string }

const EPSILON = 1e-9

/** Size every present node by the chosen measure on the case-wide scale. */
export function applySizeScale(
  elements: readonly ElementDefinition[],
  phaseId: string,
  scale: SizeScale,
): ElementDefinition[] {
  const values = scale.values.get(phaseId)
  return elements.map((element) => {
    if (element.group !== 'nodes') return element
    const data = element.data as NodeData
    if (!data.present) return element
    const size = scale.sizeOf(values?.get(data.actorId) ?? 0)
    return { ...element, data: { ...data, size } }
  })
}

function badgeOf(change: ActorChange, scale: SizeScale, options: DiffOptions): string {
  if (change.status === 'entered') return options.texts.entered
  if (change.status === 'left') return options.texts.left
  const delta = change.measures[SIZE_METRIC[scale.measure]].delta ?? 0
  const text = formatSizeDelta(scale.measure, delta, options.lang)
  // A change too small to show at the measure's precision is no change to the reader.
  if (Math.abs(delta) < EPSILON || /^[+−]0([.,]0+)?$/.test(text)) return ''
  return `${delta > 0 ? '▲' : '▼'} ${text}`
}

function nodeClasses(change: ActorChange, badge: string): string[] {
  if (change.status !== 'stayed') return [`diff-${change.status}`]
  const classes: string[] = []
  if (badge.startsWith('▲')) classes.push('diff-up')
  if (badge.startsWith('▼')) classes.push('diff-down')
  if (change.rolesAdded.length + change.rolesRemoved.length > 0) classes.push('diff-roles')
  return classes
}

function diffNode(
  element: ElementDefinition,
  change: ActorChange | undefined,
  scale: SizeScale,
  options: DiffOptions,
) {
  const data = element.data as NodeData
  if (!change) return element
  const badge = badgeOf(change, scale, options)
  const roleChange =
    change.status === 'stayed'
      ? [
          ...change.rolesAdded.map((r) => `+${options.texts.role(r)}`),
          ...change.rolesRemoved.map((r) => `−${options.texts.role(r)}`),
        ].join(' ')
      : ''
  const label = [data.label, badge, roleChange].filter((line) => line !== '').join('\n')
  const next: DiffNodeData = { ...data, name: data.label, label, badge, roleChange }
  const classes = [element.classes ?? '', ...nodeClasses(change, badge)].join(' ').trim()
  return { ...element, data: next, classes }
}

const EDGE_CLASS: Partial<Record<RelationChange['status'], string>> = {
  appeared: 'diff-new',
  strengthened: 'diff-stronger',
  weakened: 'diff-weaker',
}
const EDGE_MARK: Partial<Record<RelationChange['status'], string>> = {
  strengthened: '+',
  weakened: '−',
}

/**
 * The diff view on the shown phase's elements (after `applySizeScale`): every node gets its
 * rise or fall in the sized measure, role changes and entered/left marks; edges of new,
 * strengthened and weakened ties get a class; relations of the previous phase whose tie ended
 * are added, so they can be drawn dashed and faded at the same positions.
 */
export function applyDiff(
  elements: readonly ElementDefinition[],
  scale: SizeScale,
  options: DiffOptions,
): ElementDefinition[] {
  const actors = new Map(options.transition.actors.map((a) => [a.id, a]))
  const byRelation = new Map<string, RelationChange>()
  for (const change of options.transition.relations)
    for (const id of change.toIds) byRelation.set(id, change)
  const shown = elements.map((element) => {
    if (element.group === 'nodes')
      return diffNode(element, actors.get((element.data as NodeData).actorId), scale, options)
    const data = element.data as EdgeData
    const status = byRelation.get(data.relationId)?.status
    const cls = status ? EDGE_CLASS[status] : undefined
    if (!status || !cls) return element
    const next: DiffEdgeData = { ...data, diffMark: EDGE_MARK[status] ?? '' }
    return { ...element, data: next, classes: `${element.classes ?? ''} ${cls}`.trim() }
  })
  const endedIds = new Set(
    options.transition.relations.filter((c) => c.status === 'ended').flatMap((c) => c.fromIds),
  )
  const ended = options.previous.relations
    .filter((rel) => endedIds.has(rel.id))
    .map((rel): ElementDefinition => {
      const data: DiffEdgeData = { ...edgeDataOf(rel), diffMark: '' }
      return { group: 'edges', data, classes: rel.directed ? 'directed diff-ended' : 'diff-ended' }
    })
  return [...shown, ...ended]
}
