import { useCommandKeys } from './useCommandKeys.ts'

/** Renders nothing: mounts the explorer's one key map for the given phases. */
export function KeyMap({ phaseIds, phaseId }: { phaseIds: readonly string[]; phaseId: string }) {
  useCommandKeys({ phaseIds, phaseId })
  return null
}
