import { useId, useState } from 'react'
import type { InputFile } from '../../domain/io/import/index.ts'
import { useT } from '../../i18n/index.ts'

const ACCEPT = '.json,.csv,.txt,.xlsx,.gexf,.graphml,.xml'

/** The first step: a file picker, or CSV text pasted into two text areas. */
export function ChooseStep({
  onFiles,
  onPaste,
}: {
  onFiles: (files: File[]) => void
  onPaste: (files: InputFile[]) => void
}) {
  const t = useT().importer
  const id = useId()
  const [actors, setActors] = useState('')
  const [relations, setRelations] = useState('')
  const pasted = (): InputFile[] => [
    ...(actors.trim() ? [{ name: 'actors.csv', data: actors }] : []),
    ...(relations.trim() ? [{ name: 'relations.csv', data: relations }] : []),
  ]
  return (
    <div className="import-choose">
      <section aria-labelledby={`${id}-choose`}>
        <h3 id={`${id}-choose`}>{t.chooseHeading}</h3>
        <p className="import-hint">{t.chooseHint}</p>
        <label className="import-field">
          <span>{t.fileLabel}</span>
          <input
            type="file"
            multiple
            accept={ACCEPT}
            onChange={(event) => {
              const files = [...(event.currentTarget.files ?? [])]
              if (files.length > 0) onFiles(files)
            }}
          />
        </label>
      </section>
      <section aria-labelledby={`${id}-paste`}>
        <h3 id={`${id}-paste`}>{t.pasteHeading}</h3>
        <label className="import-field">
          <span>{t.pasteActors}</span>
          <textarea
            rows={4}
            value={actors}
            onChange={(e) => setActors(e.target.value)}
            placeholder="id,label,type"
            spellCheck={false}
          />
        </label>
        <label className="import-field">
          <span>{t.pasteRelations}</span>
          <textarea
            rows={4}
            value={relations}
            onChange={(e) => setRelations(e.target.value)}
            placeholder="from,to,type"
            spellCheck={false}
          />
        </label>
        <button
          type="button"
          className="button"
          disabled={pasted().length === 0}
          onClick={() => onPaste(pasted())}
        >
          {t.pasteRead}
        </button>
      </section>
    </div>
  )
}
