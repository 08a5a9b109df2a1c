import { PARTY_TYPES } from '../vocabulary.ts'
import type { ActorChange, PhaseDiff } from './phaseDiff.ts'
import {
  formatDecimal,
  formatPercent,
  joinNames,
  type Lang,
  PARTY_TYPE_NAMES,
} from './summaryFormat.ts'

/** What a summary sentence is about. */
export type ShiftSentenceKind = 'partyType' | 'topActor' | 'entered' | 'left' | 'concentration'

/** One sentence of a summary, with what it is about so a caller can style or link it. */
export interface ShiftSentence {
  kind: ShiftSentenceKind
  /** The party type, actor id or `hhi` the sentence is about. */
  subject: string
  /** Size of the change it reports, in shares of total influence (0.23 = 23 points). */
  size: number
  text: string
}

/**
 * When a change is worth a sentence. Defaults: a party type's share moves by at least
 * 5 percentage points; an actor that enters or leaves holds at least 5% of the influence;
 * the HHI moves by at least 0.02 before power counts as more or less concentrated.
 */
export interface ShiftThresholds {
  partyTypeShare: number
  actorShare: number
  hhi: number
}

export const DEFAULT_SHIFT_THRESHOLDS: ShiftThresholds = {
  partyTypeShare: 0.05,
  actorShare: 0.05,
  hhi: 0.02,
}

const TEXT = {
  nl: {
    partyType: (name: string, a: string, b: string) => `${name}: invloed ${a} → ${b}`,
    topActor: (now: string, share: string, before: string, was: string) =>
      `${now} is nu de invloedrijkste partij (${share}), in plaats van ${before} (${was})`,
    entered: (name: string, share: string) => `${name} doet mee (invloed ${share})`,
    left: (name: string, share: string) => `${name} doet niet meer mee (had ${share})`,
    more: 'De macht is meer geconcentreerd',
    less: 'De macht is minder geconcentreerd',
    same: 'De concentratie van macht blijft ongeveer gelijk',
    unknown: 'De concentratie van macht is niet te vergelijken: een fase heeft geen invloedsscores',
  },
  en: {
    partyType: (name: string, a: string, b: string) => `${name}: influence ${a} → ${b}`,
    topActor: (now: string, share: string, before: string, was: string) =>
      `${now} is now the most influential party (${share}), instead of ${before} (${was})`,
    entered: (name: string, share: string) => `${name} joins (influence ${share})`,
    left: (name: string, share: string) => `${name} leaves (had ${share})`,
    more: 'Power is more concentrated',
    less: 'Power is less concentrated',
    same: 'Concentration of power stays about the same',
    unknown: 'Concentration of power cannot be compared: a phase has no influence scores',
  },
} as const

/**
 * Plain-language sentences on a transition between two phases, from the numbers of a
 * `PhaseDiff`. Only changes past the thresholds are mentioned, largest first; the last
 * sentence always says whether power became more or less concentrated (HHI up = more).
 */
export function summarizeShift(
  diff: PhaseDiff,
  lang: Lang,
  options: Partial<ShiftThresholds> = {},
): ShiftSentence[] {
  const thresholds = { ...DEFAULT_SHIFT_THRESHOLDS, ...options }
  const t = TEXT[lang]
  const pct = (share: number) => formatPercent(share, lang)
  const byId = new Map(diff.actors.map((a) => [a.id, a]))
  const name = (a: ActorChange | undefined) =>
    (lang === 'en' ? (a?.labelEn ?? a?.label) : a?.label) ?? ''
  const names = (ids: readonly string[]) =>
    joinNames(
      ids.map((id) => name(byId.get(id))),
      lang,
    )
  const sentences: ShiftSentence[] = []

  // Shares of a phase without any influence are all 0, not a real distribution.
  const { from: totalBefore, to: totalNow } = diff.indices.totalInfluence
  const comparable = (totalBefore ?? 0) > 0 && (totalNow ?? 0) > 0
  for (const type of comparable ? PARTY_TYPES : []) {
    const { from, to, delta } = diff.partyTypeShares[type]
    if (from === null || to === null || delta === null) continue
    if (Math.abs(delta) < thresholds.partyTypeShare) continue
    const text = t.partyType(PARTY_TYPE_NAMES[lang][type], pct(from), pct(to))
    sentences.push({ kind: 'partyType', subject: type, size: Math.abs(delta), text })
  }

  const { from: topBefore, to: topNow } = diff.top
  if (topBefore && topNow && !topNow.actorIds.some((id) => topBefore.actorIds.includes(id))) {
    const leader = byId.get(topNow.actorIds[0] ?? '')
    const gain = topNow.share - (leader?.measures.influenceShare.from ?? 0)
    const text = t.topActor(
      names(topNow.actorIds),
      pct(topNow.share),
      names(topBefore.actorIds),
      pct(topBefore.share),
    )
    sentences.push({ kind: 'topActor', subject: leader?.id ?? '', size: gain, text })
  }

  for (const actor of diff.actors) {
    if (actor.status === 'stayed') continue
    const { from, to } = actor.measures.influenceShare
    const share = (actor.status === 'entered' ? to : from) ?? 0
    if (share < thresholds.actorShare) continue
    const text =
      actor.status === 'entered'
        ? t.entered(name(actor), pct(share))
        : t.left(name(actor), pct(share))
    sentences.push({ kind: actor.status, subject: actor.id, size: share, text })
  }

  // Stable sort: equal sizes keep the order above (party types, top actor, actors).
  sentences.sort((a, b) => b.size - a.size)
  sentences.push(concentration(diff, lang, thresholds))
  return sentences
}

function concentration(diff: PhaseDiff, lang: Lang, thresholds: ShiftThresholds): ShiftSentence {
  const t = TEXT[lang]
  const { from, to, delta } = diff.indices.hhi
  if (from === null || to === null || delta === null)
    return { kind: 'concentration', subject: 'hhi', size: 0, text: t.unknown }
  const verdict = delta >= thresholds.hhi ? t.more : delta <= -thresholds.hhi ? t.less : t.same
  const numbers = `HHI ${formatDecimal(from, 2, lang)} → ${formatDecimal(to, 2, lang)}`
  return {
    kind: 'concentration',
    subject: 'hhi',
    size: Math.abs(delta),
    text: `${verdict} (${numbers})`,
  }
}

/** The sentences of a summary as one paragraph. */
export function summaryText(sentences: readonly ShiftSentence[]): string {
  return sentences.map((s) => `${s.text}.`).join(' ')
}
