import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Plugin } from 'vite'

/**
 * Serves a top-level folder at `/<folder>/` in dev and copies it unchanged into the build,
 * so the app can `fetch('data/dataset.json')` in both. Files are not hashed on purpose:
 * a deployment may replace them.
 */
export function serveDataFolder(folder: string): Plugin {
  const root = resolve(folder)
  const files = () => readdirSync(root).filter((name) => statSync(join(root, name)).isFile())
  return {
    name: 'wijknetwerk:serve-data-folder',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const prefix = `/${folder}/`
        const path = (req.url ?? '').split('?')[0] ?? ''
        if (!path.startsWith(prefix)) return next()
        const name = decodeURIComponent(path.slice(prefix.length))
        if (!files().includes(name)) return next()
        res.setHeader('Content-Type', name.endsWith('.json') ? 'application/json' : 'text/plain')
        res.end(readFileSync(join(root, name)))
      })
    },
    generateBundle() {
      for (const name of files()) {
        this.emitFile({
          type: 'asset',
          fileName: `${folder}/${name}`,
          source: readFileSync(join(root, name)),
        })
      }
    },
  }
}
