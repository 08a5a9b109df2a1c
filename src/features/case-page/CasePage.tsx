import { useId } from 'react'
import { ProvenanceLine } from '../../components/ProvenanceLine.tsx'
import type { CaseGraph } from '../../domain/caseGraph.ts'
import type { Source } from '../../domain/schema.ts'
import { localized, localizedList, useLang, useT } from '../../i18n/index.ts'
import { ActorsInPhase } from './ActorsInPhase.tsx'

interface CasePageProps {
  graph: CaseGraph
  phaseId: string
  sources: readonly Source[]
}

/** The story of the case beside the network: summary, phases, outcome, pitfalls, lessons. */
export function CasePage({ graph, phaseId, sources }: CasePageProps) {
  const t = useT()
  const lang = useLang()
  const headingId = useId()
  const kase = graph.kase
  const pitfalls = localizedList(lang, kase.pitfalls, kase.pitfallsEn)
  const lessons = localizedList(lang, kase.lessons, kase.lessonsEn)
  const period = [kase.period?.start, kase.period?.end].filter(Boolean).join(' – ')

  return (
    <article className="case-page" aria-labelledby={headingId}>
      <h2 id={headingId} className="case-page__title">
        {localized(lang, kase.title, kase.titleEn)}
      </h2>
      <dl className="facts facts--inline">
        <dt>{t.casePage.place}</dt>
        <dd>
          {kase.area ? `${kase.area}, ${kase.city}` : kase.city} ({t.vocab.setting[kase.setting]})
        </dd>
        <dt>{t.casePage.theme}</dt>
        <dd>{t.vocab.theme[kase.theme]}</dd>
        {period && (
          <>
            <dt>{t.casePage.period}</dt>
            <dd>{period}</dd>
          </>
        )}
      </dl>
      <ProvenanceLine provenance={kase.provenance} sources={sources} />
      <h3 className="details__subhead">{t.casePage.summary}</h3>
      <p>{localized(lang, kase.summary, kase.summaryEn)}</p>
      <ActorsInPhase graph={graph} phaseId={phaseId} />
      <h3 className="details__subhead">{t.casePage.phases}</h3>
      <ol className="case-page__phases">
        {graph.phases.map((phase) => (
          <li key={phase.id} aria-current={phase.id === phaseId ? 'step' : undefined}>
            <strong>{localized(lang, phase.label, phase.labelEn)}</strong>
            {phase.id === phaseId && <span className="muted"> {t.casePage.current}</span>}
            {phase.story && <span>: {localized(lang, phase.story, phase.storyEn)}</span>}
          </li>
        ))}
      </ol>
      <h3 className="details__subhead">{t.casePage.outcome}</h3>
      <p>{localized(lang, kase.outcome, kase.outcomeEn)}</p>
      <TextList title={t.casePage.pitfalls} items={pitfalls} />
      <TextList title={t.casePage.lessons} items={lessons} />
    </article>
  )
}

function TextList({ title, items }: { title: string; items: readonly string[] }) {
  if (items.length === 0) return null
  return (
    <>
      <h3 className="details__subhead">{title}</h3>
      <ul className="case-page__list">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </>
  )
}
