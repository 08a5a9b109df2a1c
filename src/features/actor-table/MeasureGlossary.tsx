import type { MeasureDefinition } from '../../domain/metrics/registry.ts'
import { useLang, useT } from '../../i18n/index.ts'

/** The one-line explanation of each measure in the table, for students. */
export function MeasureGlossary({ measures }: { measures: readonly MeasureDefinition[] }) {
  const t = useT()
  const lang = useLang()
  return (
    <>
      <h3 className="details__subhead">{t.analysis.measuresTitle}</h3>
      <dl className="measure-glossary">
        {measures.map((m) => (
          <div key={m.id} className="measure-glossary__item">
            <dt>{m.label[lang]}</dt>
            <dd>{m.explain[lang]}</dd>
          </div>
        ))}
      </dl>
    </>
  )
}
