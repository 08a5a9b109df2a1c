import type { Dataset } from '../domain/schema.ts'
import { loadGraphCanvasChunk } from '../graph/canvasChunk.ts'
import { discardEarlyGraph } from '../graph/early/handoff.ts'
import { addressAllowsEarlyDrawing } from '../graph/early/earlyAddress.ts'
import { earlyPlacement, pageStorage, type Placement } from '../graph/early/stagePlacement.ts'
import {
  canCheckDigest,
  CHECKED_DATASET_SHA256,
  datasetCheckedAtBuild,
} from '../queries/checkedDataset.ts'
import { decodeText, downloadFile } from '../queries/download.ts'
import {
  type EarlyDataset,
  provideEarlyDataset,
  startEarlyDataset,
} from '../queries/earlyDataset.ts'
import type { CaseLayouts } from '../queries/prepareDataset.ts'

type EarlyGraphModule = typeof import('../graph/early/earlyGraph.ts')

export interface BundledLoad {
  /** Settles once the address's network is drawn, or it is clear that it will not be. */
  firstGraph: Promise<void>
  /** Whether a first drawing may come (it then loads the canvas chunk itself, after drawing). */
  drawing: boolean
}

let appLoading = false

/** From now on the app draws; a dataset arriving later is only handed to it. */
export function markAppLoading(): void {
  appLoading = true
}

/**
 * Loads the bundled dataset before the app's code: when the file is the one the build checked
 * (same SHA-256, src/queries/checkedDataset.ts) or passes the checks here, the network the
 * address names is drawn at once (graph/early) and the app, loaded after, takes it over.
 * Without a digest to compare with (no secure context, or the build found the file changed by
 * its checks) the worker loads it, as for any file (earlyDataset.ts).
 */
export function loadBundledDataset(path: string, search: string, drawing: boolean): BundledLoad {
  if (CHECKED_DATASET_SHA256 === null || !canCheckDigest()) {
    const caseId = new URLSearchParams(search).get('case')?.trim() || null
    startEarlyDataset(path, caseId)
    return { firstGraph: Promise.resolve(), drawing: false }
  }
  const placement =
    drawing && addressAllowsEarlyDrawing(search)
      ? earlyPlacement({ width: window.innerWidth, height: window.innerHeight }, pageStorage())
      : null
  // Cytoscape loads while the file downloads.
  const drawer = placement ? import('../graph/early/earlyGraph.ts') : null
  // Awaited only once the file is in; a chunk that fails to load must not go unhandled before.
  void drawer?.catch(() => undefined)
  let settle: () => void = () => undefined
  // Nothing to draw first (a phone, an address with filters, …): the app loads meanwhile.
  const firstGraph = drawer ? new Promise<void>((resolve) => (settle = resolve)) : Promise.resolve()
  const result = (async (): Promise<EarlyDataset> => {
    const loaded = await datasetFrom(new URL(path, document.baseURI).href)
    if (!loaded.ok) return loaded
    const layouts =
      drawer && placement ? await drawFirst(loaded.dataset, search, drawer, placement) : {}
    // The other cases are laid out in a worker while the user looks at this one.
    const moreLayouts = import('../queries/caseLayouts.ts')
      .then(({ layOutOtherCases }) => layOutOtherCases(loaded.dataset, Object.keys(layouts)))
      .catch((): CaseLayouts => ({}))
    return { ok: true, dataset: loaded.dataset, layouts, moreLayouts }
  })()
    // Something unforeseen (a chunk that failed to load): the app's query loads the file itself.
    .catch((error: unknown) => {
      console.error(error)
      return null
    })
    .finally(settle)
  provideEarlyDataset(path, result)
  return { firstGraph, drawing: drawer !== null }
}

type Loaded = { ok: true; dataset: Dataset } | Extract<EarlyDataset, { ok: false }>

async function datasetFrom(url: string): Promise<Loaded> {
  const file = await downloadFile(url)
  if (!file.ok) return file
  const checked = await datasetCheckedAtBuild(file.bytes)
  if (checked) return { ok: true, dataset: checked }
  // Another file than the build checked (replaced since): checked in full, here.
  const { parseDatasetText } = await import('../queries/loadProblem.ts')
  return parseDatasetText(decodeText(file.bytes))
}

async function drawFirst(
  dataset: Dataset,
  search: string,
  drawer: Promise<EarlyGraphModule>,
  placement: Placement,
): Promise<CaseLayouts> {
  try {
    const { drawEarlyGraph, earlyViewOf } = await drawer
    const view = earlyViewOf(dataset, search)
    if (!view) return {}
    if (appLoading) return {}
    const positions = drawEarlyGraph(view, placement)
    // Let the frame with the network be painted before the app's code takes the main thread,
    // and have the canvas' chunk in, so that the explorer's canvas mounts at once and adopts
    // the drawing (waiting for a lazy chunk, the app would drop it and draw again).
    await Promise.all([
      new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
      loadGraphCanvasChunk().catch(() => undefined),
    ])
    return { [view.graph.kase.id]: positions }
  } catch (error) {
    // The app draws the network as usual.
    discardEarlyGraph()
    console.error(error)
    return {}
  }
}
