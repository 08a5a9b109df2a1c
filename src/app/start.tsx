import { QueryClient } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { PresenterView } from '../features/storyboard/PresenterView.tsx'
import { isPresenterWindow } from '../features/storyboard/presenterChannel.ts'
import { App } from './App.tsx'
import { AppProviders } from './AppProviders.tsx'
import { registerServiceWorker } from './offline.ts'

/** Mounts the app (or the presenter view) into `root`. */
export function start(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <AppProviders client={new QueryClient()}>
        {isPresenterWindow() ? <PresenterView /> : <App />}
      </AppProviders>
    </StrictMode>,
  )
  registerServiceWorker()
}
