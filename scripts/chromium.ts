/**
 * How the end-to-end tests and the benchmark start Debian's Chromium (`apt-get install -y
 * chromium`) through playwright-core: no browser download needed.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--headless=new',
  // Root in CI containers cannot use the sandbox.
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  // Keep the browser from calling home: the machines may have no internet, and stray
  // requests would only add noise and time.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/**
 * The benchmark keeps the GPU process: WebGL and compositing run there (in SwiftShader, the
 * software GPU, on machines without one), as they do on users' machines with a GPU. With
 * `--disable-gpu` Chromium composites in software instead and reads every WebGL frame back on
 * the page's main thread, which blocks it for hundreds of milliseconds per frame of the
 * large-network view: a cost no user with a graphics card pays. 2D canvases (sigma's labels)
 * stay on the page's own thread, as they would be drawn without GPU help: that work is counted.
 */
export const BENCH_CHROMIUM_ARGS = [
  ...CHROMIUM_ARGS.filter((arg) => arg !== '--disable-gpu'),
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-accelerated-2d-canvas',
]
