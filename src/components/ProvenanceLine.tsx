import type { Provenance, Source } from '../domain/schema.ts'
import { useT } from '../i18n/index.ts'
import { ProvenanceBadge } from './ProvenanceBadge.tsx'

interface ProvenanceLineProps {
  provenance: Provenance
  /** All sources of the dataset; the ones the provenance cites are looked up here. */
  sources: readonly Source[]
  /** Says what the provenance is of, e.g. "Herkomst van rol en invloed in deze fase". */
  label?: string
}

/** Provenance kind, note and cited sources, with links. Shown on every details panel. */
export function ProvenanceLine({ provenance, sources, label }: ProvenanceLineProps) {
  const t = useT()
  const cited = (provenance.sources ?? [])
    .map((id) => sources.find((source) => source.id === id))
    .filter((source): source is Source => source !== undefined)
  return (
    <div className="provenance">
      <p className="provenance__line">
        <span className="provenance__label">{label ?? t.provenance.label}:</span>{' '}
        <ProvenanceBadge kind={provenance.kind} />
        {provenance.note ? <span className="provenance__note"> {provenance.note}</span> : null}
      </p>
      {cited.length > 0 && (
        <p className="provenance__sources">
          <span className="provenance__label">{t.provenance.sources}:</span>{' '}
          {cited.map((source, i) => (
            <span key={source.id}>
              {i > 0 ? '; ' : ''}
              {source.url ? (
                <a href={source.url} target="_blank" rel="noreferrer noopener">
                  {source.title}
                </a>
              ) : (
                source.title
              )}
              {sourceDetails(source)}
            </span>
          ))}
        </p>
      )}
    </div>
  )
}

function sourceDetails(source: Source): string {
  const parts = [source.publisher, source.year?.toString()].filter(Boolean)
  return parts.length > 0 ? ` (${parts.join(', ')})` : ''
}
