/**
 * A fast-check generator of small valid datasets of one case: the input of the round-trip
 * tests. Texts mix the characters formats trip over (quotes, commas, semicolons, `<`, `&`,
 * line breaks, accents); ids are slugs; phases, positions and relations always agree.
 */
import fc from 'fast-check'
import type {
  Actor,
  Case,
  Dataset,
  Participant,
  Phase,
  Provenance,
  Relation,
  Source,
} from '../../../src/domain/schema.ts'
import { DATASET_FORMAT, DATASET_VERSION } from '../../../src/domain/schema.ts'
import { PARTY_TYPES, RELATION_TYPES, ROLES } from '../../../src/domain/vocabulary.ts'

const WORDS = [
  'buurt',
  'Café',
  '"quote"',
  'a,b',
  'x;y',
  '<script>alert(1)</script>',
  'A & B',
  'één',
  'regel\nnieuw',
  '=SUM(A1)',
  'pipe|teken',
  "it's",
  '__proto__',
]
export const text = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 })
  .map((w) => w.join(' '))
const slug = fc.stringMatching(/^[a-z][a-z0-9]{0,5}(-[a-z0-9]{1,4})?$/)
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined })

function strip<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T
}

function provenance(sourceIds: readonly string[]): fc.Arbitrary<Provenance> {
  const cited =
    sourceIds.length === 0
      ? fc.constant([] as string[])
      : fc.subarray([...sourceIds], { minLength: 1 })
  return fc
    .record({
      kind: fc.constantFrom(
        ...(sourceIds.length === 0
          ? (['review', 'illustrative'] as const)
          : (['review', 'public-source', 'illustrative'] as const)),
      ),
      sources: cited,
      note: optional(text),
    })
    .map(({ kind, sources, note }) =>
      strip({
        kind,
        sources:
          kind === 'public-source' || (kind === 'review' && sources.length > 1)
            ? sources
            : undefined,
        note,
      }),
    )
}

export const datasetArbitrary: fc.Arbitrary<Dataset> = fc
  .record({
    sourceIds: fc.uniqueArray(slug, { maxLength: 2 }),
    actorIds: fc.uniqueArray(slug, { minLength: 1, maxLength: 5 }),
    phaseIds: fc.uniqueArray(slug, { minLength: 1, maxLength: 3 }),
    title: text,
  })
  .chain(({ sourceIds, actorIds, phaseIds, title }) => {
    const prov = provenance(sourceIds)
    const sources: fc.Arbitrary<Source[]> = fc.tuple(
      ...sourceIds.map((id) =>
        fc
          .record({
            id: fc.constant(id),
            title: text,
            publisher: optional(text),
            year: optional(fc.integer({ min: 1990, max: 2030 })),
          })
          .map(strip),
      ),
    )
    const phases: fc.Arbitrary<Phase[]> = fc.tuple(
      ...phaseIds.map((id, i) =>
        fc
          .record({
            label: text,
            labelEn: optional(text),
            story: optional(text),
            narrative: text,
            narrativeEn: optional(text),
            provenance: prov,
            dated: fc.boolean(),
          })
          .map(({ dated, ...rest }) =>
            strip({
              id,
              order: i + 1,
              ...rest,
              period: dated
                ? { start: String(2000 + i * 2), end: String(2001 + i * 2) }
                : undefined,
            }),
          ),
      ),
    )
    const actors: fc.Arbitrary<Actor[]> = fc.tuple(
      ...actorIds.map((id) =>
        fc
          .record({
            id: fc.constant(id),
            label: text,
            labelEn: optional(text),
            partyType: fc.constantFrom(...PARTY_TYPES),
            category: optional(slug),
            description: optional(text),
            provenance: prov,
          })
          .map(strip),
      ),
    )
    const participants: fc.Arbitrary<Participant[]> = fc.tuple(
      ...actorIds.map((actor) =>
        fc
          .record({
            motive: text,
            motiveEn: optional(text),
            provenance: prov,
            phases: fc.subarray(phaseIds, { minLength: 1 }),
            positions: fc.array(
              fc.record({
                roles: fc.uniqueArray(fc.constantFrom(...ROLES), { maxLength: 2 }),
                influence: fc.integer({ min: 0, max: 8 }),
                provenance: prov,
              }),
              { minLength: phaseIds.length, maxLength: phaseIds.length },
            ),
          })
          .map(({ phases: present, positions, ...rest }) =>
            strip({
              actor,
              ...rest,
              positions: present.map((phase, i) => ({
                phase,
                ...(positions[i] as (typeof positions)[number]),
              })),
            }),
          ),
      ),
    )
    return fc.record({
      sources,
      phases,
      actors,
      participants,
      title: fc.constant(title),
      prov,
      pairs: fc.array(
        fc.record({
          s: fc.nat(),
          t: fc.nat(),
          type: fc.constantFrom(...RELATION_TYPES),
          directed: fc.boolean(),
          strength: fc.integer({ min: 1, max: 3 }),
          label: optional(text),
          labelEn: optional(text),
          provenance: prov,
          pick: fc.nat(),
        }),
        { maxLength: 6 },
      ),
    })
  })
  .map(({ sources, phases, actors, participants, title, prov: _prov, pairs }) => {
    const relations: Relation[] = []
    pairs.forEach((p, i) => {
      const source = participants[p.s % participants.length] as Participant
      const target = participants[p.t % participants.length] as Participant
      const shared = source.positions
        .map((x) => x.phase)
        .filter((ph) => target.positions.some((y) => y.phase === ph))
      if (shared.length === 0) return
      const held = shared.filter(
        (_, j) => j === p.pick % shared.length || (p.pick >> (j + 1)) % 2 === 1,
      )
      relations.push(
        strip({
          id: `rel-${String(i)}`,
          type: p.type,
          source: source.actor,
          target: target.actor,
          directed: p.directed,
          strength: p.strength,
          phases: held,
          label: p.label,
          labelEn: p.labelEn,
          provenance: p.provenance,
        }),
      )
    })
    const kase: Case = {
      id: 'casus',
      title,
      titleEn: title,
      theme: 'armoede',
      city: 'Zwolle',
      setting: 'urban',
      summary: 'Samenvatting.',
      summaryEn: 'Summary.',
      outcome: 'Uitkomst.',
      pitfalls: [],
      lessons: [],
      provenance: { kind: 'illustrative' },
      phases,
      participants,
      relations,
    }
    return {
      format: DATASET_FORMAT,
      version: DATASET_VERSION,
      title,
      disclaimer: 'Voor tests.',
      sources,
      actors,
      cases: [kase],
    } satisfies Dataset
  })
