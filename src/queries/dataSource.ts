/**
 * Which dataset file the app loads: the bundled one, or the file named by `?data=<url>`.
 * Only files of the app's own origin are loaded: a link must not make the app fetch from,
 * and show data of, another website. Other import formats can be routed from here later.
 */

export type DataSource =
  | { ok: true; path: string; bundled: boolean }
  | { ok: false; reason: 'cross-origin' | 'malformed'; requested: string }

/** Reads `?data=` from a query string, resolved against the page's address. */
export function dataSourceFor(search: string, pageUrl: string, bundledPath: string): DataSource {
  const requested = new URLSearchParams(search).get('data')?.trim()
  if (!requested) return { ok: true, path: bundledPath, bundled: true }
  let url: URL
  try {
    url = new URL(requested, pageUrl)
  } catch {
    return { ok: false, reason: 'malformed', requested }
  }
  if (url.origin !== new URL(pageUrl).origin)
    return { ok: false, reason: 'cross-origin', requested }
  return { ok: true, path: url.href, bundled: false }
}

/** The source for the current page. */
export function currentDataSource(bundledPath: string): DataSource {
  return dataSourceFor(window.location.search, window.location.href, bundledPath)
}
