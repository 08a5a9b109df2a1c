import { type ReactNode, useId, useMemo } from 'react'
import { LineSwatch } from '../../components/LineSwatch.tsx'
import { ShapeIcon } from '../../components/ShapeIcon.tsx'
import type { CaseGraph } from '../../domain/caseGraph.ts'
import {
  edgeWidthForStrength,
  NODE_SIZE_MAX,
  NODE_SIZE_MIN,
  PARTY_STYLE,
  RELATION_STYLE,
  WORLD_COLOUR,
} from '../../graph/encoding.ts'
import { legendModel } from '../../graph/legendModel.ts'
import { useT } from '../../i18n/index.ts'
import { selectColourMode, useGraphOptionsStore } from '../../state/graphOptionsStore.ts'

const NEUTRAL = '#c3cad3'

/** The key to the drawing: only the party types, relation types and cues the network uses. */
interface LegendProps {
  graph: CaseGraph
  phaseId: string
  /** Replaces the default size cue (influence), e.g. with the chosen size measure's scale. */
  sizeCue?: ReactNode
  /** Further sections, e.g. the key to the diff view. */
  children?: ReactNode
}

export function Legend({ graph, phaseId, sizeCue, children }: LegendProps) {
  const t = useT()
  const headingId = useId()
  const colourMode = useGraphOptionsStore(selectColourMode)
  const model = useMemo(() => legendModel(graph, phaseId), [graph, phaseId])
  const byWorld = colourMode === 'world'
  return (
    <aside className="legend" aria-labelledby={headingId}>
      <h2 id={headingId} className="legend__heading">
        {t.legend.heading}
      </h2>
      {byWorld && (
        <LegendSection title={t.legend.worlds}>
          {model.worlds.map((world) => (
            <li key={world}>
              <ShapeIcon shape="ellipse" colour={WORLD_COLOUR[world]} />
              {t.vocab.world[world]}
            </li>
          ))}
        </LegendSection>
      )}
      <LegendSection
        title={byWorld ? `${t.legend.partyTypes} (${t.legend.shapeNote})` : t.legend.partyTypes}
      >
        {model.partyTypes.map((type) => (
          <li key={type}>
            <ShapeIcon
              shape={PARTY_STYLE[type].shape}
              colour={byWorld ? NEUTRAL : PARTY_STYLE[type].colour}
            />
            {t.vocab.partyType[type]}
          </li>
        ))}
      </LegendSection>
      {model.relationTypes.length > 0 && (
        <LegendSection title={t.legend.relations}>
          {model.relationTypes.map((type) => (
            <li key={type}>
              <LineSwatch colour={RELATION_STYLE[type].colour} dash={RELATION_STYLE[type].dash} />
              {t.vocab.relationType[type]}
            </li>
          ))}
        </LegendSection>
      )}
      <ul className="legend__list legend__cues">
        {sizeCue ?? (
          <li className="legend__size">
            <span className="legend__sizes" aria-hidden="true">
              {[NODE_SIZE_MIN, (NODE_SIZE_MIN + NODE_SIZE_MAX) / 2, NODE_SIZE_MAX].map((size) => (
                <span
                  key={size}
                  className="legend__dot"
                  style={{ width: size / 3, height: size / 3 }}
                />
              ))}
            </span>
            {t.legend.size}
          </li>
        )}
        {model.relationTypes.length > 0 && (
          <li>
            <span className="legend__widths" aria-hidden="true">
              {[1, 3].map((s) => (
                <LineSwatch key={s} colour="#5F5F5F" dash={null} width={edgeWidthForStrength(s)} />
              ))}
            </span>
            {t.legend.strength}
          </li>
        )}
        {model.hasDirected && (
          <li>
            <LineSwatch colour="#5F5F5F" dash={null} arrow />
            {t.legend.directed}
          </li>
        )}
        {model.hasAbsent && (
          <li>
            <ShapeIcon shape="ellipse" colour={NEUTRAL} dashed faded />
            {t.legend.absent}
          </li>
        )}
      </ul>
      {children}
    </aside>
  )
}

function LegendSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId()
  return (
    <section className="legend__section" aria-labelledby={id}>
      <h3 id={id} className="legend__title">
        {title}
      </h3>
      <ul className="legend__list">{children}</ul>
    </section>
  )
}
