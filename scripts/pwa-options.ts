import type { VitePWAOptions } from 'vite-plugin-pwa'

/**
 * The service worker and web app manifest. The app shell (HTML, JS, CSS, icons) is precached
 * at install. The dataset is not: a deployment may replace `data/*.json` without a rebuild
 * (see vite-data-plugin.ts), so it is cached at run time, stale-while-revalidate: served from
 * the cache at once (offline too) and refreshed in the background for the next visit.
 * Every URL is relative (`base: './'`), so all of this also works from a sub-folder.
 */
export const pwaOptions: Partial<VitePWAOptions> = {
  registerType: 'autoUpdate',
  // The app registers the worker itself (src/app/offline.ts), to warm the dataset cache.
  injectRegister: false,
  includeAssets: ['icons/icon.svg'],
  manifest: {
    name: 'Wijknetwerk',
    short_name: 'Wijknetwerk',
    description: 'Hoe rollen en macht verschuiven in lokale samenwerking',
    lang: 'nl',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#f4f5f7',
    theme_color: '#0b5cad',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
    navigateFallback: 'index.html',
    navigateFallbackDenylist: [/\/data\//],
    cleanupOutdatedCaches: true,
    // Take control of the page that registered the worker, so the first visit is cached too.
    clientsClaim: true,
    skipWaiting: true,
    runtimeCaching: [
      {
        urlPattern: ({ url }) => /\/data\/[^/]+\.json$/.test(url.pathname),
        handler: 'StaleWhileRevalidate',
        options: {
          cacheName: 'wijknetwerk-data',
          cacheableResponse: { statuses: [200] },
        },
      },
    ],
  },
}
