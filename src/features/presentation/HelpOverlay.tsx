import { useEffect, useId, useRef } from 'react'
import { useT } from '../../i18n/index.ts'
import { selectHelpOpen, usePresentationStore } from '../../state/presentationStore.ts'
import { COMMANDS } from './commands.ts'

/** The keyboard help (`?`): every command of the key map, read from the registry. */
export function HelpOverlay() {
  const t = useT().facilitator
  const open = usePresentationStore(selectHelpOpen)
  const setOpen = usePresentationStore((s) => s.setHelpOpen)
  const titleId = useId()
  const closeRef = useRef<HTMLButtonElement>(null)
  useEffect(
    function focusCloseButton() {
      if (!open) return
      const opener = document.activeElement
      closeRef.current?.focus()
      return () => {
        if (opener instanceof HTMLElement) opener.focus()
      }
    },
    [open],
  )
  if (!open) return null
  return (
    <div className="help-overlay" role="dialog" aria-modal="true" aria-labelledby={titleId}>
      <div className="help-overlay__panel">
        <h2 id={titleId}>{t.help.title}</h2>
        <table className="help-overlay__table">
          <thead>
            <tr>
              <th scope="col">{t.help.keyColumn}</th>
              <th scope="col">{t.help.actionColumn}</th>
            </tr>
          </thead>
          <tbody>
            {COMMANDS.map((command) => (
              <tr key={command.id}>
                <td>
                  <kbd>{command.keyLabel}</kbd>
                </td>
                <td>{t.commands[command.id]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="help-overlay__note">{t.help.note}</p>
        <button ref={closeRef} type="button" className="button" onClick={() => setOpen(false)}>
          {t.help.close}
        </button>
      </div>
    </div>
  )
}
