/**
 * Builds the app once and serves the production build for the end-to-end tests, the way a
 * user gets it: `vite build` output behind `vite preview`, on a free port of 127.0.0.1.
 *
 * A failed build does not throw here: that would abort the whole vitest run, unit tests
 * included, and leave CI without a report. The error is handed to the tests instead, so every
 * end-to-end test fails with the build's message while the other projects still report.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, preview } from 'vite'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the production build is served, e.g. `http://127.0.0.1:41234/`. Empty if setup failed. */
    baseUrl: string
    /** Why the app could not be built or served; empty when all went well. */
    e2eSetupError: string
  }
}

const root = fileURLToPath(new URL('../..', import.meta.url))
const configFile = join(root, 'vite.config.ts')

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  project.provide('baseUrl', '')
  project.provide('e2eSetupError', '')
  try {
    const reuse = process.env.E2E_SKIP_BUILD === '1' && existsSync(join(root, 'dist', 'index.html'))
    if (!reuse) await buildApp()
    const server = await preview({
      root,
      configFile,
      logLevel: 'warn',
      // Port 0: the system picks a free port, so parallel runs and a running `npm start` never clash.
      preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
    })
    const url = server.resolvedUrls?.local[0]
    if (!url) {
      await server.close()
      throw new Error('vite preview started but reported no local URL')
    }
    project.provide('baseUrl', url)
    return async () => {
      await server.close()
    }
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
    project.provide('e2eSetupError', message)
    return async () => {}
  }
}

async function buildApp() {
  // vitest sets NODE_ENV=test, and Vite would then bundle React's development build: the
  // tests must see what users get.
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({ root, configFile, mode: 'production', logLevel: 'warn' })
  } finally {
    process.env.NODE_ENV = nodeEnv
  }
}
