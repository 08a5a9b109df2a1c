import { useT } from '../../i18n/index.ts'
import { assertNever } from '../../lib/assertNever.ts'
import type { Messages } from '../../i18n/index.ts'
import {
  type Notice,
  selectDismissNotice,
  selectNotices,
  useNoticeStore,
} from '../../state/noticeStore.ts'

/** Messages about an address that could not be shown as asked, each with a close button. */
export function NoticeBar() {
  const t = useT()
  const notices = useNoticeStore(selectNotices)
  const dismiss = useNoticeStore(selectDismissNotice)
  if (notices.length === 0) return null
  return (
    <div className="notices">
      {notices.map((notice) => (
        <div key={`${notice.kind}:${notice.id}`} className="notice" role="alert">
          <p className="notice__text">{noticeText(t, notice)}</p>
          <button type="button" className="button button--quiet" onClick={() => dismiss(notice)}>
            {t.notice.dismiss}
          </button>
        </div>
      ))}
    </div>
  )
}

function noticeText(t: Messages, notice: Notice): string {
  switch (notice.kind) {
    case 'unknown-case':
      return t.notice.unknownCase(notice.id)
    case 'unknown-phase':
      return t.notice.unknownPhase(notice.id)
    case 'unknown-actor':
      return t.notice.unknownActor(notice.id)
    case 'unknown-screen':
      return t.notice.unknownScreen(notice.id)
    default:
      return assertNever(notice)
  }
}
