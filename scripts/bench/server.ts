import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'

/** A URL prefix (e.g. `/app/`) served from a folder. Longer prefixes win. */
export interface Mount {
  prefix: string
  dir: string
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
}

export interface StaticServer {
  url: string
  close: () => Promise<void>
}

/**
 * A tiny static file server on 127.0.0.1 and a free port: serves the app build, the bare page
 * and the generated networks side by side, read-only, without caching headers.
 */
export async function serveStatic(mounts: readonly Mount[], port = 0): Promise<StaticServer> {
  const sorted = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length)
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')
    const mount = sorted.find((m) => path.startsWith(m.prefix))
    if (!mount) return void res.writeHead(404).end()
    let file = normalize(join(mount.dir, path.slice(mount.prefix.length)))
    if (!file.startsWith(normalize(mount.dir + sep)) && file !== normalize(mount.dir))
      return void res.writeHead(403).end()
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    if (!existsSync(file)) return void res.writeHead(404).end()
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    })
    createReadStream(file).pipe(res)
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const address = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
