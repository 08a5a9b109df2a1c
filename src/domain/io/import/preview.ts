import { DIRECTED_BY_DEFAULT, type PartyType, type RelationType } from '../../vocabulary.ts'
import { DEFAULT_INFLUENCE, type ImportMapping } from './mapping.ts'
import { cellOf, type RawNetwork, type RawRow } from './rawNetwork.ts'
import { matchDirection, matchPartyType, matchRelationType } from './synonyms.ts'

export interface ActorPreview {
  label: string
  partyType: PartyType
  /** True when the party type is the default because the cell was empty or unknown. */
  defaulted: boolean
  influence: string
}

export interface RelationPreview {
  from: string
  to: string
  type: RelationType
  defaulted: boolean
  directed: boolean
}

/** What the first rows of the actors table become under a mapping, for the dialog's preview. */
export function previewActors(
  raw: RawNetwork,
  mapping: ImportMapping,
  count: number,
): { row: RawRow; becomes: ActorPreview }[] {
  return raw.actors.rows.slice(0, count).map((row) => {
    const found = matchPartyType(cellOf(row, mapping.partyType) ?? '')
    return {
      row,
      becomes: {
        label: cellOf(row, mapping.actorLabel) ?? cellOf(row, mapping.actorId) ?? '',
        partyType: found ?? mapping.defaultPartyType,
        defaulted: found === undefined,
        influence: cellOf(row, mapping.influence) ?? String(DEFAULT_INFLUENCE),
      },
    }
  })
}

export function previewRelations(
  raw: RawNetwork,
  mapping: ImportMapping,
  count: number,
): { row: RawRow; becomes: RelationPreview }[] {
  return raw.relations.rows.slice(0, count).map((row) => {
    const found = matchRelationType(cellOf(row, mapping.relationType) ?? '')
    const type = found ?? mapping.defaultRelationType
    return {
      row,
      becomes: {
        from: cellOf(row, mapping.relationSource) ?? '',
        to: cellOf(row, mapping.relationTarget) ?? '',
        type,
        defaulted: found === undefined,
        directed:
          matchDirection(cellOf(row, mapping.direction) ?? '') ??
          raw.directed ??
          DIRECTED_BY_DEFAULT[type],
      },
    }
  })
}
