/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { checkedDatasetDigestOfFile } from './scripts/checkedDataset.ts'
import { pwaOptions } from './scripts/pwa-options.ts'
import { serveDataFolder } from './scripts/vite-data-plugin.ts'

// The app fetches its dataset from `data/` at run time, so a deployment can swap the
// files without a rebuild. `base: './'` keeps every URL relative: the build also works
// from a sub-folder of a plain static file server.
export default defineConfig({
  base: './',
  define: {
    // The digest of data/dataset.json if it passes the app's checks unchanged: a page that
    // downloads exactly this file uses it without checking again (src/queries/checkedDataset.ts).
    __CHECKED_DATASET_SHA256__: JSON.stringify(checkedDatasetDigestOfFile('data/dataset.json')),
  },
  plugins: [react(), serveDataFolder('data'), VitePWA(pwaOptions)],
  build: {
    chunkSizeWarningLimit: 700,
    // .vite/manifest.json: the benchmark reads which chunks the first script loads at once.
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'cytoscape',
              test: /[\\/]node_modules[\\/](cytoscape|cytoscape-fcose|cose-base|layout-base)[\\/]/,
            },
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
