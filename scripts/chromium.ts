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
