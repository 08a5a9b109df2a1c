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
}

export function machine(chromiumVersion: string): Machine {
  const list = cpus()
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    os: `${process.platform} ${release()}`,
    node: process.version,
    chromium: chromiumVersion,
    loadAverage: Math.round(loadavg()[0]! * 10) / 10,
  }
}
