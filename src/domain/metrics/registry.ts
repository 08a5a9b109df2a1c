import type { ActorMetrics } from './phaseMetrics.ts'
import type { Lang } from './summaryFormat.ts'

/** How a measure's values read: whole counts, shares of a total (show as %), or scores. */
export type MeasureKind = 'count' | 'share' | 'score'

/** A measure of an actor in a phase, described for the size-by control and the actor table. */
export interface MeasureDefinition {
  id: string
  label: Record<Lang, string>
  /** One plain line for students: what the measure says about power in a neighbourhood network. */
  explain: Record<Lang, string>
  kind: MeasureKind
  /** Only meaningful in a directed analysis (`compute` gives `null` otherwise). */
  directedOnly: boolean
  /** Where influence comes from: `structure` (the ties) or `attributed` (the Net-Map score). */
  source: 'structure' | 'attributed'
  compute: (actor: ActorMetrics) => number | null
}

type Key = Exclude<
  {
    [K in keyof ActorMetrics]: ActorMetrics[K] extends number | null ? K : never
  }[keyof ActorMetrics],
  undefined
>

interface MeasureSpec extends Omit<
  MeasureDefinition,
  'id' | 'compute' | 'directedOnly' | 'source'
> {
  id: Key
  directedOnly?: boolean
  source?: 'structure' | 'attributed'
}

function measure(spec: MeasureSpec): MeasureDefinition {
  const { id } = spec
  return {
    ...spec,
    directedOnly: spec.directedOnly ?? false,
    source: spec.source ?? 'structure',
    compute: (actor) => actor[id],
  }
}

/** The actor measures in display order. `id` equals the field of `ActorMetrics` it reads. */
export const MEASURES: readonly MeasureDefinition[] = [
  measure({
    id: 'influence',
    kind: 'score',
    label: { nl: 'Invloed', en: 'Influence' },
    explain: {
      nl: 'Hoeveel invloed de partij volgens de casus heeft, van 0 (geen) tot 8 (doorslaggevend).',
      en: 'How much say the party has according to the case, from 0 (none) to 8 (decisive).',
    },
    source: 'attributed',
  }),
  measure({
    id: 'influenceShare',
    kind: 'share',
    label: { nl: 'Aandeel invloed', en: 'Share of influence' },
    explain: {
      nl: 'Welk deel van alle invloed in deze fase bij deze partij ligt.',
      en: 'What part of all influence in this phase lies with this party.',
    },
    source: 'attributed',
  }),
  measure({
    id: 'degree',
    kind: 'count',
    label: { nl: 'Aantal relaties', en: 'Degree' },
    explain: {
      nl: 'Met hoeveel partijen deze partij direct verbonden is: wie veel contacten heeft, hoort veel en kan veel mensen bereiken.',
      en: 'How many parties this one is directly tied to: many contacts mean hearing a lot and reaching many people.',
    },
  }),
  measure({
    id: 'inDegree',
    kind: 'count',
    label: { nl: 'Inkomende relaties', en: 'In-degree' },
    explain: {
      nl: 'Hoeveel partijen zich tot deze partij richten, bijvoorbeeld met geld, een opdracht of advies: wie veel wordt aangesproken, wordt gezocht.',
      en: 'How many parties turn to this one, for example with money, a mandate or advice: being sought out is a sign of standing.',
    },
    directedOnly: true,
  }),
  measure({
    id: 'outDegree',
    kind: 'count',
    label: { nl: 'Uitgaande relaties', en: 'Out-degree' },
    explain: {
      nl: 'Hoeveel partijen deze partij zelf iets geeft of opdraagt: wie veel uitdeelt, stuurt anderen.',
      en: 'How many parties this one gives something to or directs: handing out much means steering others.',
    },
    directedOnly: true,
  }),
  measure({
    id: 'strength',
    kind: 'score',
    label: { nl: 'Sterkte van relaties', en: 'Strength' },
    explain: {
      nl: 'De relaties opgeteld naar hoe sterk ze zijn: een paar sterke banden kunnen meer wegen dan veel losse contacten.',
      en: 'Ties added up by how strong they are: a few strong bonds can weigh more than many loose contacts.',
    },
  }),
  measure({
    id: 'betweennessNormalized',
    kind: 'score',
    label: { nl: 'Tussenpositie', en: 'Betweenness' },
    explain: {
      nl: 'Hoe vaak de partij op de kortste route tussen twee anderen ligt: een verbinder die contacten kan doorgeven of tegenhouden.',
      en: 'How often the party lies on the shortest route between two others: a broker who can pass on or hold back contacts.',
    },
  }),
  measure({
    id: 'closeness',
    kind: 'score',
    label: { nl: 'Nabijheid', en: 'Closeness' },
    explain: {
      nl: 'Hoe snel de anderen deze partij via het netwerk kunnen bereiken: wie dichtbij staat, krijgt informatie vroeg.',
      en: 'How quickly the others can reach this party through the network: being close means hearing news early.',
    },
  }),
  measure({
    id: 'pagerank',
    kind: 'share',
    label: { nl: 'PageRank', en: 'PageRank' },
    explain: {
      nl: 'Aanzien via het netwerk: belangrijk is wie banden heeft met andere belangrijke partijen.',
      en: 'Standing through the network: important is who has ties with other important parties.',
    },
  }),
]

/** The measure with this id, if any. */
export function findMeasure(id: string): MeasureDefinition | undefined {
  return MEASURES.find((m) => m.id === id)
}
