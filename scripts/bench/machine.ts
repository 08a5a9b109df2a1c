import { cpus, loadavg, release, totalmem } from 'node:os'

export interface Machine {
  cpu: string
  cores: number
  memoryGB: number
  os: string
  node: string
  chromium: string
  /** 1-minute load average when the run ended: other work on the machine inflates timings. */
  loadAverage: number
  /** The browsers' command-line switches: how they draw matters for the figures. */
  browserArgs: { default: string[]; gpuProcess: string[] }
}

export function machine(
  chromiumVersion: string,
  browserArgs: { default: readonly string[]; gpuProcess: readonly string[] },
): Machine {
  const list = cpus()
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    os: `${process.platform} ${release()}`,
    node: process.version,
    chromium: chromiumVersion,
    loadAverage: Math.round(loadavg()[0]! * 10) / 10,
    browserArgs: { default: [...browserArgs.default], gpuProcess: [...browserArgs.gpuProcess] },
  }
}
