import { loadGraphCanvasChunk } from './graph/canvasChunk.ts'
import { isPresenterWindow } from './features/storyboard/presenterChannel.ts'
import { DATASET_PATH } from './queries/datasetPath.ts'
import { currentDataSource } from './queries/dataSource.ts'
import { startEarlyDataset } from './queries/earlyDataset.ts'
import { isForeignPath } from './queries/importedDataset.ts'
import './styles/index.css'

/**
 * The page's first script, kept small on purpose: it starts what the first graph waits for
 * (the dataset, checked and laid out in a worker, and the Cytoscape chunk) and then loads the
 * app, so those run side by side instead of one after the other.
 */
const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

const source = currentDataSource(DATASET_PATH)
if (source.ok && !isForeignPath(source.path)) {
  const caseId = new URLSearchParams(window.location.search).get('case')?.trim() || null
  startEarlyDataset(source.path, caseId)
}
if (!isPresenterWindow()) void loadGraphCanvasChunk().catch(() => undefined)

import('./app/start.tsx')
  .then(({ start }) => start(root))
  .catch((error: unknown) => {
    // The texts (src/i18n) are part of what failed to load, so this one message is in both
    // languages here.
    root.textContent =
      'Wijknetwerk kon niet laden. Controleer de verbinding en laad de pagina opnieuw. · ' +
      'Wijknetwerk could not load. Check the connection and reload the page.'
    console.error(error)
  })
