import { useT } from '../../i18n/index.ts'
import { useExportStore } from '../../state/exportStore.ts'

const openExport = () => useExportStore.getState().openExport()

/** The toolbar button that opens the export dialog. */
export function ExportButton() {
  const t = useT()
  return (
    <button
      type="button"
      className="button export-button"
      onClick={openExport}
      aria-keyshortcuts="E"
      title={t.export.buttonHint}
    >
      {t.export.button}
    </button>
  )
}
