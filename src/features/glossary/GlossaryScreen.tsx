import { useEffect, useRef } from 'react'
import {
  CONCEPT_IDS,
  CONCEPT_LINKS,
  CONCEPT_SOURCES,
  type ConceptId,
} from '../../domain/glossary.ts'
import type { Dataset } from '../../domain/schema.ts'
import { localized, useLang, useT } from '../../i18n/index.ts'
import { selectConceptId, useStudyStore } from '../../state/studyStore.ts'
import { useViewStore } from '../../state/viewStore.ts'

/** The concepts the review names, in the app's own words, each with links into the cases. */
export function GlossaryScreen({ dataset }: { dataset: Dataset }) {
  const t = useT()
  const wanted = useStudyStore(selectConceptId)
  const headings = useRef(new Map<ConceptId, HTMLHeadingElement>())
  useEffect(
    function focusChosenConcept() {
      if (wanted === null) return
      const heading = headings.current.get(wanted as ConceptId)
      heading?.focus()
      heading?.scrollIntoView?.({ block: 'start' })
      useStudyStore.getState().showConcept(null)
    },
    [wanted],
  )
  return (
    <div className="glossary">
      <h2>{t.glossary.heading}</h2>
      <p>{t.glossary.intro}</p>
      <p className="muted">{t.glossary.interpretation}</p>
      <div className="glossary__list">
        {CONCEPT_IDS.map((id) => (
          <Concept
            key={id}
            id={id}
            dataset={dataset}
            headingRef={(el) => {
              if (el) headings.current.set(id, el)
            }}
          />
        ))}
      </div>
    </div>
  )
}

interface ConceptProps {
  id: ConceptId
  dataset: Dataset
  headingRef: (el: HTMLHeadingElement | null) => void
}

function Concept({ id, dataset, headingRef }: ConceptProps) {
  const t = useT()
  const lang = useLang()
  const concept = t.glossary.concepts[id]
  const links = CONCEPT_LINKS[id].flatMap((link) => {
    const kase = dataset.cases.find((c) => c.id === link.caseId)
    const phase = kase?.phases.find((p) => p.id === link.phaseId)
    return kase && phase ? [{ kase, phase }] : []
  })
  return (
    <section className="glossary__entry" id={`concept-${id}`} aria-labelledby={`term-${id}`}>
      <h3 id={`term-${id}`} ref={headingRef} tabIndex={-1} className="glossary__term">
        {concept.term}
      </h3>
      <div>
        <p>{concept.explain}</p>
        {concept.origin && (
          <p className="glossary__origin">
            <strong>{t.glossary.origin}:</strong> {concept.origin}{' '}
            {(CONCEPT_SOURCES[id] ?? []).map((url) => (
              <a key={url} href={url} rel="noreferrer" target="_blank">
                {t.glossary.source}: {new URL(url).hostname}
              </a>
            ))}
          </p>
        )}
        <p>
          <strong>{t.glossary.lookFor}:</strong> {concept.lookFor}
        </p>
        {links.length > 0 && (
          <>
            <p className="glossary__see">{t.glossary.seeIn}</p>
            <ul className="glossary__links">
              {links.map(({ kase, phase }) => (
                <li key={phase.id}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      useViewStore.getState().restore({
                        screen: 'explore',
                        caseId: kase.id,
                        phaseId: phase.id,
                        actorId: null,
                      })
                    }
                  >
                    {t.glossary.openPhase(
                      localized(lang, kase.title, kase.titleEn),
                      `${t.phase.name(phase.order)} (${localized(lang, phase.label, phase.labelEn)})`,
                    )}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  )
}
