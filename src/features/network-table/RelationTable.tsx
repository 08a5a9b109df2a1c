import { LineSwatch } from '../../components/LineSwatch.tsx'
import type { PhaseGraph } from '../../domain/caseGraph.ts'
import { RELATION_STYLE } from '../../graph/encoding.ts'
import { formatNumber } from '../../i18n/format.ts'
import { localized, useLang, useT } from '../../i18n/index.ts'

/** The relations of the phase with their type, direction and strength. */
export function RelationTable({ phase, caption }: { phase: PhaseGraph; caption: string }) {
  const t = useT()
  const lang = useLang()
  const names = new Map(
    phase.actors.map((a) => [a.actor.id, localized(lang, a.actor.label, a.actor.labelEn)]),
  )
  if (phase.relations.length === 0) return <p>{t.study.table.noRelations}</p>
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.study.table.from}</th>
            <th scope="col">{t.study.table.to}</th>
            <th scope="col">{t.study.table.type}</th>
            <th scope="col">{t.study.table.direction}</th>
            <th scope="col">{t.study.table.strength}</th>
          </tr>
        </thead>
        <tbody>
          {phase.relations.map((rel) => (
            <tr key={rel.id}>
              <td>{names.get(rel.source) ?? rel.source}</td>
              <td>{names.get(rel.target) ?? rel.target}</td>
              <td>
                <LineSwatch
                  colour={RELATION_STYLE[rel.type].colour}
                  dash={RELATION_STYLE[rel.type].dash}
                  arrow={rel.directed}
                />{' '}
                {t.vocab.relationType[rel.type]}
              </td>
              <td>{rel.directed ? t.study.table.directed : t.study.table.undirected}</td>
              <td className="num">{formatNumber(lang, rel.strength)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
