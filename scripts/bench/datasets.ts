import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { generateSyntheticNetwork, SYNTHETIC_CASE_ID } from '../../src/domain/synthetic.ts'

export interface SyntheticFile {
  nodes: number
  edgesPerNode: number
  edges: number
  /** Path relative to the served root, e.g. `bench-data/synthetic-5000x5.json`. */
  path: string
  caseId: string
}

export const SYNTHETIC_SEED = 20261127

/** Writes one generated network per size into `folder`, which the server mounts at `app/bench-data/`. */
export function writeSyntheticFiles(
  folder: string,
  sizes: readonly { nodes: number; edgesPerNode: number }[],
): SyntheticFile[] {
  mkdirSync(folder, { recursive: true })
  return sizes.map(({ nodes, edgesPerNode }) => {
    const { dataset } = generateSyntheticNetwork({ nodes, edgesPerNode, seed: SYNTHETIC_SEED })
    const name = `synthetic-${nodes}x${edgesPerNode}.json`
    writeFileSync(join(folder, name), JSON.stringify(dataset))
    return {
      nodes,
      edgesPerNode,
      edges: dataset.cases[0]!.relations.length,
      path: `bench-data/${name}`,
      caseId: SYNTHETIC_CASE_ID,
    }
  })
}
