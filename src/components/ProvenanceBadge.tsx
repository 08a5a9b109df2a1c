import type { ProvenanceKind } from '../domain/vocabulary.ts'
import { useT } from '../i18n/index.ts'

/**
 * Where a record comes from, as a small label. The explanation is the tooltip and is also
 * spelled out in the case list's "what do the labels mean" section, for keyboard users.
 */
export function ProvenanceBadge({ kind }: { kind: ProvenanceKind }) {
  const t = useT()
  return (
    <span className={`badge badge--${kind}`} title={t.provenance.explain[kind]}>
      {t.provenance.kind[kind]}
    </span>
  )
}
