import { useId, useState } from 'react'
import {
  ACTOR_FIELDS,
  type ImportMapping,
  type RawNetwork,
  RELATION_FIELDS,
} from '../../domain/io/import/index.ts'
import { previewActors, previewRelations } from '../../domain/io/import/preview.ts'
import { PARTY_TYPES, RELATION_TYPES } from '../../domain/vocabulary.ts'
import { useT } from '../../i18n/index.ts'

const PREVIEW_ROWS = 5

/** The second step for foreign formats: which column means what, with a preview of the first rows. */
export function MappingStep({
  raw,
  initial,
  onCheck,
}: {
  raw: RawNetwork
  initial: ImportMapping
  onCheck: (mapping: ImportMapping) => void
}) {
  const all = useT()
  const t = all.importer
  const id = useId()
  const [mapping, setMapping] = useState(initial)
  const set = <K extends keyof ImportMapping>(key: K, value: ImportMapping[K]) =>
    setMapping((m) => ({ ...m, [key]: value }))
  const columnSelect = (
    field: (typeof ACTOR_FIELDS)[number] | (typeof RELATION_FIELDS)[number],
    columns: string[],
  ) => (
    <label key={field} className="import-field">
      <span>{t.fields[field]}</span>
      <select
        value={mapping[field] ?? ''}
        onChange={(e) => set(field, e.target.value === '' ? null : e.target.value)}
      >
        <option value="">{t.notInFile}</option>
        {columns.map((column) => (
          <option key={column} value={column}>
            {column}
          </option>
        ))}
      </select>
    </label>
  )
  const actors = previewActors(raw, mapping, PREVIEW_ROWS)
  const relations = previewRelations(raw, mapping, PREVIEW_ROWS)
  const actorColumns = raw.actors.columns.slice(0, 6)
  const relationColumns = raw.relations.columns.slice(0, 6)
  return (
    <form
      className="import-mapping"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault()
        onCheck(mapping)
      }}
    >
      <h3 id={`${id}-heading`}>{t.mappingHeading}</h3>
      <p className="import-hint">{t.mappingHint}</p>
      <label className="import-field">
        <span>{t.titleLabel}</span>
        <input
          type="text"
          value={mapping.title}
          onChange={(e) => set('title', e.target.value)}
          required
        />
      </label>
      <div className="import-mapping__grid">
        <fieldset>
          {ACTOR_FIELDS.map((field) => columnSelect(field, raw.actors.columns))}
          <label className="import-field">
            <span>{t.defaultPartyType}</span>
            <select
              value={mapping.defaultPartyType}
              onChange={(e) =>
                set('defaultPartyType', e.target.value as ImportMapping['defaultPartyType'])
              }
            >
              {PARTY_TYPES.map((p) => (
                <option key={p} value={p}>
                  {all.vocab.partyType[p]}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
        <fieldset>
          {RELATION_FIELDS.map((field) => columnSelect(field, raw.relations.columns))}
          <label className="import-field">
            <span>{t.defaultRelationType}</span>
            <select
              value={mapping.defaultRelationType}
              onChange={(e) =>
                set('defaultRelationType', e.target.value as ImportMapping['defaultRelationType'])
              }
            >
              {RELATION_TYPES.map((r) => (
                <option key={r} value={r}>
                  {all.vocab.relationType[r]}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
      </div>
      <h3>{t.previewHeading}</h3>
      <PreviewTable
        caption={t.previewActors(actors.length, raw.actors.rows.length)}
        columns={actorColumns}
        rows={actors.map(({ row, becomes }) => ({
          row,
          becomes: `${becomes.label} · ${all.vocab.partyType[becomes.partyType]}${becomes.defaulted ? ' *' : ''} · ${becomes.influence}`,
        }))}
        mapsTo={t.mapsTo}
      />
      <PreviewTable
        caption={t.previewRelations(relations.length, raw.relations.rows.length)}
        columns={relationColumns}
        rows={relations.map(({ row, becomes }) => ({
          row,
          becomes: `${becomes.from} ${becomes.directed ? '→' : '—'} ${becomes.to} · ${all.vocab.relationType[becomes.type]}${becomes.defaulted ? ' *' : ''}`,
        }))}
        mapsTo={t.mapsTo}
      />
      <div className="import-actions">
        <button type="submit" className="button button--primary">
          {t.check}
        </button>
      </div>
    </form>
  )
}

function PreviewTable({
  caption,
  columns,
  rows,
  mapsTo,
}: {
  caption: string
  columns: string[]
  rows: { row: RawNetwork['actors']['rows'][number]; becomes: string }[]
  mapsTo: string
}) {
  return (
    <div className="import-table-wrap">
      <table className="import-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
            <th scope="col">{mapsTo}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ row, becomes }, i) => (
            <tr key={i}>
              {columns.map((c) => (
                <td key={c}>{row.values.get(c) ?? ''}</td>
              ))}
              <td>{becomes}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
