import { create } from 'zustand'

interface ExportState {
  /** Whether the export dialog is open. */
  dialogOpen: boolean
  openExport: () => void
  closeExport: () => void
}

/** Opening the export dialog from anywhere (a button, the `E` key). */
export const useExportStore = create<ExportState>()((set) => ({
  dialogOpen: false,
  openExport: () => set({ dialogOpen: true }),
  closeExport: () => set({ dialogOpen: false }),
}))

export const selectExportOpen = (s: ExportState) => s.dialogOpen
