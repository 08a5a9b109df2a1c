import type { z } from 'zod'
import { type DataIssue, jsonPath } from './issues.ts'
import { type Case, type Dataset, DatasetSchema, type Provenance } from './schema.ts'

export type ParseResult =
  { ok: true; dataset: Dataset; warnings: DataIssue[] } | { ok: false; issues: DataIssue[] }

/**
 * The one gate through which every dataset enters the app: the bundled file and user files
 * alike. Checks the shape first, then the rules that relate records to each other. Every
 * issue names the JSON path of the offending value and says what is wrong in plain words.
 */
export function parseDataset(input: unknown): ParseResult {
  const parsed = DatasetSchema.safeParse(input, { reportInput: true })
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map(fromZodIssue) }
  const found = checkIntegrity(parsed.data)
  const errors = found.filter((issue) => issue.severity === 'error')
  if (errors.length > 0) return { ok: false, issues: found }
  return { ok: true, dataset: parsed.data, warnings: found }
}

function fromZodIssue(issue: z.core.$ZodIssue): DataIssue {
  return { path: jsonPath(issue.path), message: describeZodIssue(issue), severity: 'error' }
}

function describeZodIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `is missing (expected ${issue.expected})`
        : `must be ${issue.expected}, not ${typeOf(issue.input)}`
    case 'too_small':
      return issue.origin === 'array'
        ? `must hold at least ${String(issue.minimum)} item(s)`
        : issue.origin === 'string'
          ? 'must not be empty'
          : `must be at least ${String(issue.minimum)} (is ${String(issue.input)})`
    case 'too_big':
      return issue.origin === 'array'
        ? `must hold at most ${String(issue.maximum)} item(s)`
        : `must be at most ${String(issue.maximum)} (is ${String(issue.input)})`
    case 'invalid_value':
      if (issue.input === undefined)
        return `is missing (expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')})`
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')} (is ${JSON.stringify(issue.input)})`
    case 'invalid_format':
      return `${issue.message} (is ${JSON.stringify(issue.input)})`
    default:
      return issue.message
  }
}

function typeOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

/** The rules no schema can express: uniqueness, references, order, and what belongs to which case. */
export function checkIntegrity(dataset: Dataset): DataIssue[] {
  const issues: DataIssue[] = []
  const error = (keys: PropertyKey[], message: string) =>
    issues.push({ path: jsonPath(keys), message, severity: 'error' })
  const warn = (keys: PropertyKey[], message: string) =>
    issues.push({ path: jsonPath(keys), message, severity: 'warning' })

  const sourceIds = uniqueIds(dataset.sources, ['sources'], 'source', error)
  const actorIds = uniqueIds(dataset.actors, ['actors'], 'actor', error)
  uniqueIds(dataset.cases, ['cases'], 'case', error)
  const relationOwner = new Map<string, string>()

  const checkProvenance = (p: Provenance, keys: PropertyKey[]) => {
    const cited = p.sources ?? []
    if (p.kind === 'public-source' && cited.length === 0)
      error([...keys, 'sources'], 'a public-source record must cite at least one source')
    cited.forEach((id, i) => {
      if (!sourceIds.has(id)) error([...keys, 'sources', i], `unknown source "${id}"`)
    })
  }
  dataset.actors.forEach((a, i) => checkProvenance(a.provenance, ['actors', i, 'provenance']))

  dataset.cases.forEach((kase, c) => {
    const at = (...keys: PropertyKey[]) => ['cases', c, ...keys]
    checkProvenance(kase.provenance, at('provenance'))
    checkPhaseOrder(kase, at, error)
    const phaseIds = uniqueIds(kase.phases, at('phases'), 'phase', error)
    kase.phases.forEach((p, i) => checkProvenance(p.provenance, at('phases', i, 'provenance')))

    const presence = new Map<string, Set<string>>()
    kase.participants.forEach((part, i) => {
      if (!actorIds.has(part.actor))
        error(at('participants', i, 'actor'), `unknown actor "${part.actor}"`)
      if (presence.has(part.actor))
        error(at('participants', i, 'actor'), `actor "${part.actor}" takes part in this case twice`)
      checkProvenance(part.provenance, at('participants', i, 'provenance'))
      const phases = new Set<string>()
      part.positions.forEach((pos, j) => {
        const keys = at('participants', i, 'positions', j)
        if (!phaseIds.has(pos.phase))
          error([...keys, 'phase'], `phase "${pos.phase}" is not a phase of case "${kase.id}"`)
        if (phases.has(pos.phase))
          error(
            [...keys, 'phase'],
            `actor "${part.actor}" has two positions in phase "${pos.phase}"`,
          )
        phases.add(pos.phase)
        checkProvenance(pos.provenance, [...keys, 'provenance'])
      })
      presence.set(part.actor, phases)
    })

    kase.relations.forEach((rel, i) => {
      const keys = at('relations', i)
      const owner = relationOwner.get(rel.id)
      if (owner !== undefined)
        error([...keys, 'id'], `duplicate relation id "${rel.id}" (also in case "${owner}")`)
      relationOwner.set(rel.id, kase.id)
      checkProvenance(rel.provenance, [...keys, 'provenance'])
      if (rel.source === rel.target)
        warn([...keys, 'target'], 'a relation from an actor to itself is ignored in measures')
      for (const end of ['source', 'target'] as const) {
        const actor = rel[end]
        if (!actorIds.has(actor)) error([...keys, end], `unknown actor "${actor}"`)
        else if (!presence.has(actor))
          error([...keys, end], `actor "${actor}" does not take part in case "${kase.id}"`)
      }
      rel.phases.forEach((phase, j) => {
        if (!phaseIds.has(phase)) {
          error([...keys, 'phases', j], `phase "${phase}" is not a phase of case "${kase.id}"`)
          return
        }
        for (const end of ['source', 'target'] as const) {
          const phases = presence.get(rel[end])
          if (phases && !phases.has(phase))
            error(
              [...keys, 'phases', j],
              `${end} "${rel[end]}" has no position in phase "${phase}"`,
            )
        }
      })
    })
    if (kase.participants.length === 0) warn(at('participants'), 'this case has no actors')
  })
  return issues
}

function uniqueIds(
  records: readonly { id: string }[],
  keys: PropertyKey[],
  what: string,
  error: (keys: PropertyKey[], message: string) => void,
): Set<string> {
  const seen = new Set<string>()
  records.forEach((record, i) => {
    if (seen.has(record.id)) error([...keys, i, 'id'], `duplicate ${what} id "${record.id}"`)
    seen.add(record.id)
  })
  return seen
}

function checkPhaseOrder(
  kase: Case,
  at: (...keys: PropertyKey[]) => PropertyKey[],
  error: (keys: PropertyKey[], message: string) => void,
) {
  kase.phases.forEach((phase, i) => {
    if (phase.order !== i + 1)
      error(
        at('phases', i, 'order'),
        `phases must be listed in order 1, 2, 3…: expected ${i + 1}, found ${phase.order}`,
      )
    const previous = kase.phases[i - 1]
    const before = previous?.period?.start
    const start = phase.period?.start
    if (before !== undefined && start !== undefined && start < before)
      error(
        at('phases', i, 'period', 'start'),
        `starts (${start}) before the previous phase (${before})`,
      )
    const end = phase.period?.end
    if (start !== undefined && end !== undefined && end < start)
      error(at('phases', i, 'period', 'end'), `ends (${end}) before it starts (${start})`)
  })
}
