/** The `ws` parameter: which of the user's workspaces is open. Other parameters are kept. */
export const WORKSPACE_PARAM = 'ws'

export function readWorkspaceParam(search: string): string | null {
  const value = new URLSearchParams(search).get(WORKSPACE_PARAM)?.trim()
  return value === undefined || value === '' ? null : value
}

export function withWorkspace(search: string, id: string | null): string {
  const params = new URLSearchParams(search)
  if (id === null) params.delete(WORKSPACE_PARAM)
  else params.set(WORKSPACE_PARAM, id)
  const text = params.toString()
  return text === '' ? '' : `?${text}`
}
