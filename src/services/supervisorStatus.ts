import fs from 'node:fs'
import path from 'node:path'

import type { SupervisedStatus } from './supervisor'

/**
 * What `npm start` knows about the processes it supervises, in a small JSON file in the data
 * folder. The web server (one of those processes) reads it for `/api/ready`: a file survives the
 * web server's own restarts and needs no port or protocol of its own.
 */
export type SupervisorStatus = {
  /** Of `npm start`; when it is gone, nothing restarts anything any more. */
  pid: number
  updatedAt: string
  processes: SupervisedStatus[]
}

export function supervisorStatusFile(dataDir: string) {
  return path.join(dataDir, 'supervisor.json')
}

/** Replaces the file in one step (write, then rename), so a reader never sees half of it. */
export function writeSupervisorStatus(file: string, processes: SupervisedStatus[]) {
  const status: SupervisorStatus = {
    pid: process.pid,
    updatedAt: new Date().toISOString(),
    processes,
  }
  const partial = `${file}.${process.pid}.partial`
  fs.writeFileSync(partial, `${JSON.stringify(status, null, 2)}\n`)
  fs.renameSync(partial, file)
}

export function readSupervisorStatus(file: string): SupervisorStatus | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as SupervisorStatus
  } catch {
    return undefined
  }
}
