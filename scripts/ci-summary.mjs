#!/usr/bin/env node
/**
 * Turns vitest's JSON report into the one line CI reads last: `N passed, M failed[, K skipped]`.
 *
 *   node scripts/ci-summary.mjs [reports/vitest.json] [--exit-code <code of the test command>]
 *
 * Reasons for counting a failure that no single test reported (a missing or garbled report,
 * a test file that did not load, a non-zero exit of the test command) go to stderr, before
 * the line. Exits 1 when anything failed. Plain JavaScript on purpose: CI runs it with bare
 * Node, whatever else is broken.
 */
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

const SKIPPED = new Set(['pending', 'skipped', 'todo', 'disabled'])

/**
 * @param {string | null} reportText the report file's text, or null when there is none
 * @param {{ testExitCode?: number }} [options]
 * @returns {{ passed: number, failed: number, skipped: number, reasons: string[], line: string, ok: boolean }}
 */
export function summarize(reportText, options = {}) {
  const reasons = []
  let counts = { passed: 0, failed: 0, skipped: 0 }

  if (reportText === null) {
    counts.failed = 1
    reasons.push('no test report was written (did the test run crash before the end?)')
  } else {
    const report = parseReport(reportText)
    if (typeof report === 'string') {
      counts.failed = 1
      reasons.push(report)
    } else {
      counts = countReport(report, reasons)
      if (report.success === false && counts.failed === 0) {
        counts.failed = 1
        reasons.push(
          'the report says the run failed, although no test failed (an unhandled error?)',
        )
      }
    }
  }

  const code = options.testExitCode
  if (code !== undefined && code !== 0 && counts.failed === 0) {
    counts.failed = 1
    reasons.push(`the test command exited with code ${code}`)
  }

  const line =
    `${counts.passed} passed, ${counts.failed} failed` +
    (counts.skipped > 0 ? `, ${counts.skipped} skipped` : '')
  return { ...counts, reasons, line, ok: counts.failed === 0 }
}

/** The report as an object, or a reason why it cannot be read. */
function parseReport(text) {
  let report
  try {
    report = JSON.parse(text)
  } catch (error) {
    return `the test report is not valid JSON (${error instanceof Error ? error.message : String(error)})`
  }
  if (typeof report !== 'object' || report === null || Array.isArray(report))
    return 'the test report is not a JSON object'
  if (!Array.isArray(report.testResults) && typeof report.numTotalTests !== 'number')
    return 'the test report has neither testResults nor numTotalTests: not a vitest JSON report'
  return report
}

function countReport(report, reasons) {
  const counts = { passed: 0, failed: 0, skipped: 0 }
  if (!Array.isArray(report.testResults)) {
    // Totals only: trust them.
    counts.passed = number(report.numPassedTests)
    counts.failed = number(report.numFailedTests)
    counts.skipped = number(report.numPendingTests) + number(report.numTodoTests)
    return counts
  }
  for (const file of report.testResults) {
    const assertions = Array.isArray(file?.assertionResults) ? file.assertionResults : []
    let failedHere = 0
    for (const assertion of assertions) {
      const status = assertion?.status
      if (status === 'passed') counts.passed += 1
      else if (status === 'failed') failedHere += 1
      else if (SKIPPED.has(status)) counts.skipped += 1
    }
    // A file that failed without a failing test did not load or crashed around its tests:
    // vitest leaves it out of numFailedTests, but it is a failure all the same.
    if (file?.status === 'failed' && failedHere === 0) {
      failedHere = 1
      const firstLine = String(file.message ?? '').split('\n')[0]
      reasons.push(
        `${file.name ?? 'a test file'} failed outside its tests: ${firstLine || 'no message'}`,
      )
    }
    counts.failed += failedHere
  }
  return counts
}

function number(value) {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0
}

function readIfPresent(path) {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return null
  }
}

function main(argv) {
  let path = 'reports/vitest.json'
  let testExitCode
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--exit-code') testExitCode = Number(argv[++i])
    else path = argv[i]
  }
  const result = summarize(readIfPresent(path), { testExitCode })
  for (const reason of result.reasons) process.stderr.write(`ci-summary: ${reason}\n`)
  process.stdout.write(`${result.line}\n`)
  return result.ok ? 0 : 1
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2))
}
