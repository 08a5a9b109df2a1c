import { useMemo } from 'react'
import type { CaseGraph } from '../domain/caseGraph.ts'
import { phaseGraph } from '../domain/caseGraph.ts'
import { largestActors, partyTypeShares } from '../domain/networkSummary.ts'
import { formatList, formatPercent } from '../i18n/format.ts'
import { localized, useLang, useT } from '../i18n/index.ts'
import { useAfterFirstFrame } from './useAfterFirstFrame.ts'

/**
 * What the picture shows beyond counts, for screen readers: the actors with the most influence
 * and each party type's share of the influence in the phase.
 */
export function useGraphDescription(graph: CaseGraph, phaseId: string): string {
  const t = useT()
  const lang = useLang()
  // Sorting names and formatting percentages wake the browser's locale data (tens of ms the
  // first time): that waits until the graph is on screen.
  const ready = useAfterFirstFrame()
  return useMemo(() => {
    if (!ready) return ''
    const phase = phaseGraph(graph, phaseId)
    if (!phase || phase.actors.length === 0) return t.study.a11y.noActors
    const names = largestActors(phase).map((a) => localized(lang, a.label, a.labelEn))
    const shares = partyTypeShares(phase).map(
      (s) => `${t.vocab.partyType[s.partyType]} ${formatPercent(lang, s.share)}`,
    )
    const parts = [t.study.a11y.largest(formatList(lang, names))]
    if (shares.length > 0) parts.push(t.study.a11y.shares(formatList(lang, shares)))
    parts.push(t.study.a11y.graphHint)
    return parts.join(' ')
  }, [graph, phaseId, lang, t, ready])
}
