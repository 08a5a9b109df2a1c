/** Address parameters the first drawing knows how to honour; any other one waits for the app. */
const PLAIN_PARAMS = new Set(['case', 'phase', 'actor', 'lang'])

/**
 * Whether an address could be drawn before the app loads: it names a case and nothing the
 * first drawing could get wrong (filters, analysis, a workspace, another screen, …). Read
 * before the dataset arrives, so that the app's code need not wait for it otherwise.
 */
export function addressAllowsEarlyDrawing(search: string): boolean {
  const params = new URLSearchParams(search)
  for (const key of params.keys()) if (!PLAIN_PARAMS.has(key)) return false
  return (params.get('case')?.trim() ?? '') !== ''
}
