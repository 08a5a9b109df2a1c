import { useId } from 'react'
import { PartyPatterns, patternId } from '../../components/partyPatterns.tsx'
import {
  linkTypes,
  type PartyTypeLink,
  type PartyTypeNetwork,
} from '../../domain/metrics/partyTypeNetwork.ts'
import { formatPercent } from '../../domain/metrics/summaryFormat.ts'
import { PARTY_TYPES, type PartyType } from '../../domain/vocabulary.ts'
import { useLang, useT } from '../../i18n/index.ts'

const WIDTH = 520
const HEIGHT = 440
const RING = 150
const R_MIN = 8
const R_MAX = 40
/** Where along a line its count is written: off the middle, so lines crossing at the centre keep their counts apart. */
const COUNT_AT = 0.36

/** Party types on a circle, in vocabulary order, starting at the top. */
function place(type: PartyType): { x: number; y: number } {
  const angle = (PARTY_TYPES.indexOf(type) / PARTY_TYPES.length) * 2 * Math.PI - Math.PI / 2
  return { x: WIDTH / 2 + RING * Math.cos(angle), y: HEIGHT / 2 - 14 + RING * Math.sin(angle) }
}

/**
 * The network of party types: circle area in proportion to summed influence (so equal shares
 * look equal), line width by the number of relations, counts written on the lines.
 */
export function PartyTypeNetworkFigure({
  network,
  title,
}: {
  network: PartyTypeNetwork
  title: string
}) {
  const t = useT()
  const lang = useLang()
  const base = useId().replace(/:/g, '')
  const maxShare = Math.max(...network.nodes.map((n) => n.share), 0)
  const radius = (share: number) =>
    maxShare > 0 ? R_MIN + (R_MAX - R_MIN) * Math.sqrt(share / maxShare) : R_MIN
  const maxCount = Math.max(...network.links.map((l) => l.count), 1)
  const width = (count: number) => 1 + 9 * (count / maxCount)
  const names = t.vocab.partyType
  const desc = t.analysis.aggregateDesc(
    network.nodes
      .filter((n) => n.influence > 0)
      .map((n) => `${names[n.type]} ${formatPercent(n.share, lang)}`)
      .join(', '),
  )
  const between = network.links.filter((l) => l.a !== l.b)
  const within = new Map(network.links.filter((l) => l.a === l.b).map((l) => [l.a, l.count]))
  return (
    <figure className="type-network">
      <figcaption className="type-network__caption">{title}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${base}-t`}
        aria-describedby={`${base}-d`}
        className="type-network__svg"
      >
        <title id={`${base}-t`}>{title}</title>
        <desc id={`${base}-d`}>{desc}</desc>
        <PartyPatterns base={base} />
        {between.map((link) => (
          <LinkLine key={`${link.a}-${link.b}`} link={link} width={width(link.count)} />
        ))}
        {network.nodes.map((node) => {
          const { x, y } = place(node.type)
          const r = radius(node.share)
          const inside = within.get(node.type)
          return (
            <g key={node.type}>
              <circle
                cx={x}
                cy={y}
                r={r}
                fill={`url(#${patternId(base, node.type)})`}
                stroke="#1f2933"
                strokeWidth={1.5}
                opacity={node.influence > 0 ? 1 : 0.35}
              />
              <text x={x} y={y + r + 14} className="type-network__label">
                {names[node.type]}
              </text>
              <text x={x} y={y + r + 28} className="type-network__within">
                {inside === undefined
                  ? formatPercent(node.share, lang)
                  : `${formatPercent(node.share, lang)} · ${t.analysis.within(inside)}`}
              </text>
            </g>
          )
        })}
      </svg>
      <LinkTable network={network} caption={`${t.analysis.aggregateEdgesCaption}: ${title}`} />
    </figure>
  )
}

function LinkLine({ link, width }: { link: PartyTypeLink; width: number }) {
  const a = place(link.a)
  const b = place(link.b)
  return (
    <g>
      <line
        x1={a.x}
        y1={a.y}
        x2={b.x}
        y2={b.y}
        stroke="#5F5F5F"
        strokeOpacity={0.6}
        strokeWidth={width}
      />
      <text
        x={a.x + (b.x - a.x) * COUNT_AT}
        y={a.y + (b.y - a.y) * COUNT_AT + 4}
        className="type-network__count"
      >
        {link.count}
      </text>
    </g>
  )
}

/** The links as a table for screen readers: which types, how many relations, of which kinds. */
function LinkTable({ network, caption }: { network: PartyTypeNetwork; caption: string }) {
  const t = useT()
  const names = t.vocab.partyType
  return (
    <table className="visually-hidden">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.analysis.between}</th>
          <th scope="col">{t.analysis.count}</th>
          <th scope="col">{t.analysis.types}</th>
        </tr>
      </thead>
      <tbody>
        {network.links.map((link) => (
          <tr key={`${link.a}-${link.b}`}>
            <th scope="row">{`${names[link.a]} – ${names[link.b]}`}</th>
            <td>{link.count}</td>
            <td>
              {linkTypes(link)
                .map(({ type, count }) => `${t.vocab.relationType[type]} ${count}`)
                .join(', ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
