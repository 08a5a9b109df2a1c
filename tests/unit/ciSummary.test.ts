import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { summarize } from '../../scripts/ci-summary.mjs'

type Status = 'passed' | 'failed' | 'skipped' | 'pending' | 'todo'

function report(files: { status?: 'passed' | 'failed'; message?: string; tests: Status[] }[]) {
  const all = files.flatMap((file) => file.tests)
  const count = (status: Status) => all.filter((s) => s === status).length
  return JSON.stringify({
    numTotalTests: all.length,
    numPassedTests: count('passed'),
    numFailedTests: count('failed'),
    numPendingTests: count('skipped') + count('pending'),
    numTodoTests: count('todo'),
    success: files.every((file) => file.status !== 'failed'),
    testResults: files.map((file, i) => ({
      name: `/repo/tests/file${i}.test.ts`,
      status: file.status ?? (file.tests.includes('failed') ? 'failed' : 'passed'),
      message: file.message ?? '',
      assertionResults: file.tests.map((status, j) => ({ title: `test ${j}`, status })),
    })),
  })
}

describe('summarize', () => {
  it('counts passed tests of a green run', () => {
    const result = summarize(report([{ tests: ['passed', 'passed'] }, { tests: ['passed'] }]))
    expect(result).toMatchObject({ line: '3 passed, 0 failed', ok: true, reasons: [] })
  })

  it('counts failed tests and fails', () => {
    const result = summarize(report([{ tests: ['passed', 'failed'] }, { tests: ['failed'] }]))
    expect(result).toMatchObject({ line: '1 passed, 2 failed', ok: false })
  })

  it('adds skipped and todo tests only when there are any', () => {
    const result = summarize(report([{ tests: ['passed', 'skipped', 'todo', 'pending'] }]))
    expect(result.line).toBe('1 passed, 0 failed, 3 skipped')
  })

  it('counts a test file that failed to load as one failure, with its reason', () => {
    const text = report([
      { tests: ['passed'] },
      { status: 'failed', message: "Cannot find module './gone.ts'\n  at …", tests: [] },
    ])
    const result = summarize(text)
    expect(result).toMatchObject({ line: '1 passed, 1 failed', ok: false })
    expect(result.reasons).toEqual([
      "/repo/tests/file1.test.ts failed outside its tests: Cannot find module './gone.ts'",
    ])
  })

  it('fails on a missing report', () => {
    const result = summarize(null)
    expect(result).toMatchObject({ line: '0 passed, 1 failed', ok: false })
    expect(result.reasons[0]).toMatch(/no test report/)
  })

  it.each([
    ['cut-off JSON', '{"numTotalTests": 3, "testRes', /not valid JSON/],
    ['an empty file', '', /not valid JSON/],
    ['an array', '[]', /not a JSON object/],
    ['another JSON file', '{"name": "wijknetwerk"}', /not a vitest JSON report/],
  ])('fails on a garbled report: %s', (_what, text, reason) => {
    const result = summarize(text)
    expect(result).toMatchObject({ line: '0 passed, 1 failed', ok: false })
    expect(result.reasons).toEqual([expect.stringMatching(reason)])
  })

  it('uses the totals when a report has no per-file results', () => {
    const text = JSON.stringify({
      numTotalTests: 5,
      numPassedTests: 4,
      numFailedTests: 1,
      numTodoTests: 0,
    })
    expect(summarize(text).line).toBe('4 passed, 1 failed')
  })

  it('fails when the report says the run failed although every test passed', () => {
    const text = JSON.stringify({ ...JSON.parse(report([{ tests: ['passed'] }])), success: false })
    expect(summarize(text)).toMatchObject({ line: '1 passed, 1 failed', ok: false })
  })

  it('fails when the test command failed although the report is green', () => {
    const result = summarize(report([{ tests: ['passed'] }]), { testExitCode: 2 })
    expect(result).toMatchObject({ line: '1 passed, 1 failed', ok: false })
    expect(result.reasons).toEqual(['the test command exited with code 2'])
  })

  it('does not add a failure for the exit code when tests already failed', () => {
    const result = summarize(report([{ tests: ['failed'] }]), { testExitCode: 1 })
    expect(result.line).toBe('0 passed, 1 failed')
  })
})

describe('ci-summary command', () => {
  const script = fileURLToPath(new URL('../../scripts/ci-summary.mjs', import.meta.url))
  const dir = mkdtempSync(join(tmpdir(), 'ci-summary-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  function run(...args: string[]) {
    const { status, stdout, stderr } = spawnSync(process.execPath, [script, ...args], {
      encoding: 'utf8',
    })
    return { status, stdout, stderr }
  }

  it('prints the line last and exits 0 on a green report', () => {
    const path = join(dir, 'green.json')
    writeFileSync(path, report([{ tests: ['passed', 'skipped'] }]))
    expect(run(path)).toEqual({ status: 0, stdout: '1 passed, 0 failed, 1 skipped\n', stderr: '' })
  })

  it('exits 1 on failed tests', () => {
    const path = join(dir, 'red.json')
    writeFileSync(path, report([{ tests: ['passed', 'failed'] }]))
    expect(run(path)).toMatchObject({ status: 1, stdout: '1 passed, 1 failed\n' })
  })

  it('exits 1 with a reason on stderr when the report is missing', () => {
    const result = run(join(dir, 'absent.json'))
    expect(result).toMatchObject({ status: 1, stdout: '0 passed, 1 failed\n' })
    expect(result.stderr).toMatch(/^ci-summary: no test report/)
  })

  it('takes the exit code of the test command into account', () => {
    const path = join(dir, 'green-but-crashed.json')
    writeFileSync(path, report([{ tests: ['passed'] }]))
    expect(run(path, '--exit-code', '1')).toMatchObject({
      status: 1,
      stdout: '1 passed, 1 failed\n',
      stderr: 'ci-summary: the test command exited with code 1\n',
    })
  })
})
