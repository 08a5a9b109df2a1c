import { QueryClient } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { vi } from 'vitest'
import { App } from '../../src/app/App.tsx'
import { AppProviders } from '../../src/app/AppProviders.tsx'

/**
 * Answers the app's `fetch('data/dataset.json')` with `body` (JSON-encoded unless a string).
 * jsdom's fetch cannot resolve relative URLs, so every app test stubs it.
 */
export function stubDatasetFetch(body: unknown, init: ResponseInit = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  const fetchMock = vi.fn(async () => new Response(text, { status: 200, ...init }))
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

/** Renders the whole app at `url` with a fresh query client (no retries, no shared cache). */
export function renderApp(url = '/') {
  window.history.replaceState(null, '', url)
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const user = userEvent.setup()
  const result = render(
    <AppProviders client={client}>
      <App />
    </AppProviders>,
  )
  return { user, client, ...result }
}
