/** Types of `ci-summary.mjs`, for the tests that import it. */
export interface Summary {
  passed: number
  failed: number
  skipped: number
  /** Why failures were counted that no single test reported; printed to stderr. */
  reasons: string[]
  /** `N passed, M failed` with `, K skipped` when K > 0. */
  line: string
  ok: boolean
}

export function summarize(reportText: string | null, options?: { testExitCode?: number }): Summary
