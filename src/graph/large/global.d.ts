import type Sigma from 'sigma'

declare global {
  interface Window {
    /** The live large-network renderer and its layout progress, for end-to-end tests and the benchmark. */
    __wijknetwerkLarge?: { sigma: Sigma; layout: { done: number; total: number } }
  }
}

export {}
