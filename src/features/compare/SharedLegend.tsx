import { useId } from 'react'
import { LineSwatch } from '../../components/LineSwatch.tsx'
import { ShapeIcon } from '../../components/ShapeIcon.tsx'
import type { CaseGraph } from '../../domain/caseGraph.ts'
import { PARTY_TYPES, RELATION_TYPES } from '../../domain/vocabulary.ts'
import { PARTY_STYLE, RELATION_STYLE, WORLD_COLOUR } from '../../graph/encoding.ts'
import { legendModel } from '../../graph/legendModel.ts'
import { useT } from '../../i18n/index.ts'
import { selectColourMode, useGraphOptionsStore } from '../../state/graphOptionsStore.ts'

const NEUTRAL = '#c3cad3'

/** One key for both networks: the party and relation types either of them draws. */
export function SharedLegend({ sides }: { sides: { graph: CaseGraph; phaseId: string }[] }) {
  const t = useT()
  const headingId = useId()
  const byWorld = useGraphOptionsStore(selectColourMode) === 'world'
  const models = sides.map((s) => legendModel(s.graph, s.phaseId))
  const parties = PARTY_TYPES.filter((type) => models.some((m) => m.partyTypes.includes(type)))
  const relations = RELATION_TYPES.filter((type) =>
    models.some((m) => m.relationTypes.includes(type)),
  )
  return (
    <aside className="legend compare-legend" aria-labelledby={headingId}>
      <h3 id={headingId} className="legend__heading">
        {t.study.compare.sharedLegend}
      </h3>
      <ul className="legend__list compare-legend__list">
        {byWorld &&
          (['leefwereld', 'systeemwereld'] as const).map((world) => (
            <li key={world}>
              <ShapeIcon shape="ellipse" colour={WORLD_COLOUR[world]} />
              {t.vocab.world[world]}
            </li>
          ))}
        {parties.map((type) => (
          <li key={type}>
            <ShapeIcon
              shape={PARTY_STYLE[type].shape}
              colour={byWorld ? NEUTRAL : PARTY_STYLE[type].colour}
            />
            {t.vocab.partyType[type]}
          </li>
        ))}
        {relations.map((type) => (
          <li key={type}>
            <LineSwatch colour={RELATION_STYLE[type].colour} dash={RELATION_STYLE[type].dash} />
            {t.vocab.relationType[type]}
          </li>
        ))}
        <li>{t.legend.size}</li>
        {models.some((m) => m.hasDirected) && (
          <li>
            <LineSwatch colour="#5F5F5F" dash={null} arrow />
            {t.legend.directed}
          </li>
        )}
        {models.some((m) => m.hasAbsent) && (
          <li>
            <ShapeIcon shape="ellipse" colour={NEUTRAL} dashed faded />
            {t.legend.absent}
          </li>
        )}
      </ul>
    </aside>
  )
}
