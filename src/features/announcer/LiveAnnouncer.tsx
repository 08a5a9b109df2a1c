import { useEffect } from 'react'
import type { CaseGraph } from '../../domain/caseGraph.ts'
import { localized, useLang, useT } from '../../i18n/index.ts'
import { selectAnnouncement, useAnnounceStore } from '../../state/announceStore.ts'
import { useViewStore } from '../../state/viewStore.ts'

/**
 * One polite live region for the explorer: it reads out a newly chosen actor, a cleared
 * choice, a phase change and the actor under the keyboard focus in the graph.
 */
export function LiveAnnouncer({ graph }: { graph: CaseGraph }) {
  const t = useT()
  const lang = useLang()
  const message = useAnnounceStore(selectAnnouncement)
  useEffect(
    function announceViewChanges() {
      return useViewStore.subscribe((state, previous) => {
        const announce = useAnnounceStore.getState().announce
        if (state.caseId !== previous.caseId) return
        if (state.phaseId !== previous.phaseId && state.phaseId !== null) {
          const phase = graph.phases.find((p) => p.id === state.phaseId)
          if (phase)
            announce(
              t.study.a11y.phaseChanged(
                `${t.phase.name(phase.order)}: ${localized(lang, phase.label, phase.labelEn)}`,
              ),
            )
        } else if (state.actorId !== previous.actorId) {
          const actor = graph.actors.find((a) => a.actor.id === state.actorId)?.actor
          announce(
            actor
              ? t.study.a11y.selected(localized(lang, actor.label, actor.labelEn))
              : t.study.a11y.cleared,
          )
        }
      })
    },
    [graph, lang, t],
  )
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true">
      <span key={message.id}>{message.text}</span>
    </div>
  )
}
