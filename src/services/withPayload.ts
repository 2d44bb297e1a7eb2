import type { Payload } from 'payload'

import { loadServerModules } from './loadServerModules'
import { withinTime } from './withinTime'

// Longer than the bounded steps inside it (database selection 5 s, onInit steps 45 s each).
const BOOT_TIMEOUT_MS = 180_000

/**
 * Boots Payload inside a script (start, seed, reindex) without its jobs runner: queued jobs are
 * left for the app server, which runs them.
 */
export async function withPayload<T>(work: (payload: Payload) => Promise<T>): Promise<T> {
  const previous = process.env.JOBS_AUTORUN
  process.env.JOBS_AUTORUN = 'false'
  const payload = await withinTime(
    loadServerModules().bootPayload(),
    BOOT_TIMEOUT_MS,
    "Payload's initialisation (database connection and onInit)",
  )
  try {
    return await work(payload)
  } finally {
    await payload.destroy()
    if (previous === undefined) delete process.env.JOBS_AUTORUN
    else process.env.JOBS_AUTORUN = previous
  }
}
