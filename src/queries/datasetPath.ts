/** Relative to the page, so the build works from any folder (vite `base: './'`). */
export const DATASET_PATH = 'data/dataset.json'
