import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** Production builds, as users get them (vitest and tsx may have set NODE_ENV otherwise). */
async function production<T>(run: () => Promise<T>): Promise<T> {
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    return await run()
  } finally {
    process.env.NODE_ENV = nodeEnv
  }
}

/** Builds the app with the project's config into `outDir`. */
export function buildApp(outDir: string): Promise<unknown> {
  return production(() =>
    build({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    }),
  )
}

/** Builds the bare Cytoscape page (scripts/bench/bare) into `outDir`. */
export function buildBare(outDir: string): Promise<unknown> {
  return production(() =>
    build({
      root: join(ROOT, 'scripts/bench/bare'),
      configFile: false,
      base: './',
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 2000 },
    }),
  )
}
