import { type ChangeEvent, useId, useRef, useState } from 'react'
import { MAX_SAFE_LINK_LENGTH } from '../../domain/storyboard/link.ts'
import {
  parseStoryboardText,
  storyboardToText,
  unknownViews,
} from '../../domain/storyboard/parse.ts'
import type { Dataset } from '../../domain/schema.ts'
import { useT } from '../../i18n/index.ts'
import { selectStoryboard, useStoryboardStore } from '../../state/storyboardStore.ts'
import { saveBlob } from '../../lib/saveBlob.ts'
import { shareUrl } from './storyLink.ts'

/** Export and import a storyboard as a JSON file, and share it as a link. */
export function StoryboardFiles({ dataset }: { dataset: Dataset }) {
  const t = useT().facilitator.storyboard
  const storyboard = useStoryboardStore(selectStoryboard)
  const fileInput = useRef<HTMLInputElement>(null)
  const [link, setLink] = useState<{ url: string; copied: boolean } | null>(null)
  const linkId = useId()
  const empty = storyboard.slides.length === 0

  const exportFile = () => {
    if (empty) return
    const blob = new Blob([storyboardToText(storyboard)], { type: 'application/json' })
    saveBlob(blob, `${(storyboard.title.trim() || 'draaiboek').replace(/[^\w-]+/g, '-')}.json`)
  }

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    const store = useStoryboardStore.getState()
    const result = parseStoryboardText(await file.text())
    if (!result.ok) {
      store.setNotice({ kind: 'problem', problem: result.problem, source: file.name })
      return
    }
    store.replace(result.storyboard)
    const unknown = unknownViews(result.storyboard, dataset.cases)
    store.setNotice({ kind: 'loaded', slides: result.storyboard.slides.length, unknown })
  }

  const share = async () => {
    if (empty) return
    const url = shareUrl(storyboard)
    let copied = false
    try {
      await navigator.clipboard.writeText(url)
      copied = true
    } catch {
      // No clipboard (permissions, an old browser): the link is shown to copy by hand.
    }
    setLink({ url, copied })
  }

  return (
    <div className="storyboard-files">
      <div className="storyboard-files__buttons">
        <button
          type="button"
          className="button"
          onClick={exportFile}
          aria-disabled={empty ? 'true' : undefined}
        >
          {t.exportFile}
        </button>
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          {t.importFile}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label={t.importFile}
          onChange={(event) => void importFile(event)}
        />
        <button
          type="button"
          className="button"
          onClick={() => void share()}
          aria-disabled={empty ? 'true' : undefined}
        >
          {t.share}
        </button>
      </div>
      {link && (
        <div className="storyboard-files__link">
          <p role="status">{link.copied ? t.copied : t.copyFailed}</p>
          <label htmlFor={linkId}>{t.linkLabel}</label>
          <input
            id={linkId}
            type="text"
            readOnly
            value={link.url}
            onFocus={(e) => e.target.select()}
          />
          {link.url.length > MAX_SAFE_LINK_LENGTH && (
            <p className="storyboard-files__warning" role="alert">
              {t.tooLong(link.url.length)}
            </p>
          )}
        </div>
      )}
    </div>
  )
}
