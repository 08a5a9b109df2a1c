import type { CaseGraph } from '../../domain/caseGraph.ts'
import type { Phase } from '../../domain/schema.ts'
import { type Lang, localized, useLang, useT } from '../../i18n/index.ts'
import {
  selectSlideIndex,
  selectSlidePresenting,
  selectSlides,
  useStoryboardStore,
} from '../../state/storyboardStore.ts'
import { SpotlightLine } from './SpotlightLine.tsx'

/** The phase's one-line story; without one, the first sentence of its narrative. */
function storyLine(phase: Phase, lang: Lang): string {
  const story = localized(lang, phase.story ?? '', phase.storyEn)
  if (story.trim() !== '') return story
  const narrative = localized(lang, phase.narrative, phase.narrativeEn)
  return narrative.match(/^.*?[.!?](\s|$)/)?.[0]?.trim() ?? narrative
}

/** The compact caption in presentation mode: case, phase, its story, slide and spotlight. */
export function Caption({ graph, phaseId }: { graph: CaseGraph; phaseId: string }) {
  const t = useT().facilitator
  const lang = useLang()
  const slideMode = useStoryboardStore(selectSlidePresenting)
  const slides = useStoryboardStore(selectSlides)
  const index = useStoryboardStore(selectSlideIndex)
  const phaseIndex = Math.max(
    0,
    graph.phases.findIndex((p) => p.id === phaseId),
  )
  const phase = graph.phases[phaseIndex]
  const slide = slideMode ? slides[index] : undefined
  if (!phase) return null
  return (
    <div className="caption" role="status" aria-label={t.captionLabel}>
      {slide && (
        <p className="caption__slide">
          <span className="caption__count">{t.slideOf(index + 1, slides.length)}</span>{' '}
          <strong>{slide.title}</strong>
        </p>
      )}
      <p className="caption__where">
        <span className="caption__case">
          {localized(lang, graph.kase.title, graph.kase.titleEn)}
        </span>
        {' · '}
        <span className="caption__phase">
          {t.phaseOf(phaseIndex + 1, graph.phases.length)}:{' '}
          {localized(lang, phase.label, phase.labelEn)}
        </span>
      </p>
      <p className="caption__story">{storyLine(phase, lang)}</p>
      <SpotlightLine graph={graph} phaseId={phaseId} />
    </div>
  )
}
