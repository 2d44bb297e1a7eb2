import path from 'node:path'

import { startManagedProcess } from './managedProcess'

/** What `npm run worker` sends its parent (over IPC) once it runs jobs. */
export const WORKER_READY_MESSAGE = 'wissenshub:jobs-worker-ready'

/**
 * `scripts/worker.ts` as a managed process of `npm start` (output passed through), ready once it
 * has released what a predecessor left processing and runs jobs. `prepare`: first applies the
 * search index settings and seeds an empty database (the first start of `npm start` only).
 */
export function startJobsWorkerProcess({
  root,
  env,
  prepare,
  logFile,
}: {
  root: string
  env: NodeJS.ProcessEnv
  prepare: boolean
  /** Output to this file instead of this process's own output. */
  logFile?: string
}) {
  return startManagedProcess({
    name: 'jobs worker',
    command: process.execPath,
    args: [
      '--import',
      'tsx',
      path.join(root, 'scripts', 'worker.ts'),
      ...(prepare ? ['--prepare'] : []),
    ],
    cwd: root,
    env,
    logFile,
    readyMessage: WORKER_READY_MESSAGE,
    timeoutMs: prepare ? 300_000 : 120_000,
  })
}
