/// <reference types="vite-plugin-pwa/client" />
import { registerSW } from 'virtual:pwa-register'
import { DATASET_PATH } from '../queries/datasetQuery.ts'

/**
 * Registers the service worker that makes the app work offline after the first visit. On
 * that first visit the dataset was fetched before the worker took control, so it is fetched
 * once more as soon as the worker controls the page: that request goes through the worker,
 * which caches it.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return
  void registerSW({ immediate: true })
  if (navigator.serviceWorker.controller) return
  navigator.serviceWorker.addEventListener(
    'controllerchange',
    function warmDatasetCache() {
      fetch(DATASET_PATH).catch(() => undefined)
    },
    { once: true },
  )
}
