import { loadBundledDataset, markAppLoading } from './boot/bundledDataset.ts'
import { loadGraphCanvasChunk } from './graph/canvasChunk.ts'
import { isPresenterWindow } from './features/storyboard/presenterChannel.ts'
import { DATASET_PATH } from './queries/datasetPath.ts'
import { currentDataSource } from './queries/dataSource.ts'
import { isForeignPath } from './queries/importedDataset.ts'
import './styles/index.css'

/**
 * The page's first script, kept small on purpose: it starts what the first graph waits for
 * (the dataset and the Cytoscape chunk), draws the address's network as soon as it can
 * (boot/bundledDataset.ts) and only then loads the app, which takes that drawing over:
 * evaluating the app's code first would hold the drawing up.
 */
const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

/** The app never waits longer than this for the first drawing (a slow download, say). */
const FIRST_GRAPH_WAIT_MS = 1500

const presenter = isPresenterWindow()
const source = currentDataSource(DATASET_PATH)
const bundled =
  source.ok && !isForeignPath(source.path)
    ? loadBundledDataset(source.path, window.location.search, !presenter)
    : null
const firstGraph = bundled?.firstGraph ?? Promise.resolve()
// An early drawing loads the canvas chunk once it has drawn (evaluating React's chunk earlier
// would compete with the drawing for the main thread); otherwise it loads beside the app.
if (!presenter && !bundled?.drawing) void loadGraphCanvasChunk().catch(() => undefined)
const waited = new Promise((resolve) => setTimeout(resolve, FIRST_GRAPH_WAIT_MS))

Promise.race([firstGraph, waited])
  .then(() => {
    markAppLoading()
    return import('./app/start.tsx')
  })
  .then(({ start }) => start(root))
  .catch((error: unknown) => {
    // The texts (src/i18n) are part of what failed to load, so this one message is in both
    // languages here.
    root.textContent =
      'Wijknetwerk kon niet laden. Controleer de verbinding en laad de pagina opnieuw. · ' +
      'Wijknetwerk could not load. Check the connection and reload the page.'
    console.error(error)
  })
