import { useMemo } from 'react'
import type { CaseGraph } from '../../domain/caseGraph.ts'
import { spotlightStatus } from '../../domain/spotlight.ts'
import { useLang, useT } from '../../i18n/index.ts'
import { assertNever } from '../../lib/assertNever.ts'
import { selectSpotlight, useSpotlightStore } from '../../state/spotlightStore.ts'
import { actorName } from './actorName.ts'

/** One line on the spotlight: who is lit, the path between two, or who is absent in this phase. */
export function SpotlightLine({ graph, phaseId }: { graph: CaseGraph; phaseId: string }) {
  const t = useT().facilitator.spotlight
  const lang = useLang()
  const actorIds = useSpotlightStore(selectSpotlight)
  const status = useMemo(
    () => spotlightStatus(graph, phaseId, actorIds),
    [graph, phaseId, actorIds],
  )
  const name = (id: string) => actorName(graph, lang, id)
  let text: string
  switch (status.kind) {
    case 'none':
      return null
    case 'one':
      text = t.one(name(status.actorId))
      break
    case 'path':
      text = `${t.two(name(status.from), name(status.to))} (${t.pathLength(status.steps)}${
        status.via.length > 0 ? `: ${status.via.map(name).join(', ')}` : ''
      })`
      break
    case 'no-path':
      text = t.noPath(name(status.from), name(status.to))
      break
    case 'absent':
      text = status.actorIds.map((id) => t.absent(name(id))).join('; ')
      break
    default:
      return assertNever(status)
  }
  return <p className="caption__spotlight">{text}</p>
}
