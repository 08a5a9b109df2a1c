/**
 * Renders public/icons/icon.svg to the PNG sizes the web app manifest lists, with Debian's
 * Chromium (the same one the end-to-end tests use). Run once after changing the SVG:
 *   node scripts/render-icons.mjs
 */
import { readFileSync } from 'node:fs'
import { chromium } from 'playwright-core'

const svg = readFileSync(new URL('../public/icons/icon.svg', import.meta.url), 'utf8')
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
})
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } })
    const sized = svg.replace('width="512" height="512"', `width="${size}" height="${size}"`)
    await page.setContent(`<body style="margin:0;background:transparent">${sized}</body>`)
    await page.screenshot({
      path: new URL(`../public/icons/icon-${size}.png`, import.meta.url).pathname,
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    })
    await page.close()
  }
} finally {
  await browser.close()
}
