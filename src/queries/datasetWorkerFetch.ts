/// <reference lib="webworker" />
import type { DatasetRequest } from './datasetWorkerProtocol.ts'
import { type Download, downloadFile } from './download.ts'

/**
 * The dataset worker's first step, in a module of its own so that it runs before the
 * validator's code is evaluated: the request travels in the worker's name, and the file
 * downloads while the rest of the worker starts.
 */
export const request: DatasetRequest = JSON.parse(self.name) as DatasetRequest

export const download: Promise<Download> = downloadFile(request.url)
