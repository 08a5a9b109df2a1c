import { QueryClient } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App.tsx'
import { AppProviders } from './app/AppProviders.tsx'
import { registerServiceWorker } from './app/offline.ts'
import { preloadGraphCanvas } from './graph/LazyGraphCanvas.tsx'
import { PresenterView } from './features/storyboard/PresenterView.tsx'
import { isPresenterWindow } from './features/storyboard/presenterChannel.ts'
import './styles/index.css'

if (!isPresenterWindow()) preloadGraphCanvas()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

createRoot(root).render(
  <StrictMode>
    <AppProviders client={new QueryClient()}>
      {isPresenterWindow() ? <PresenterView /> : <App />}
    </AppProviders>
  </StrictMode>,
)

registerServiceWorker()
