import type { Payload } from 'payload'

import { getEnv } from '@/env'

/**
 * Payload marks a job `processing: true` when a runner claims it and clears the flag when the
 * run ends. A runner that dies in between (SIGKILL, OOM, a lost database connection while it
 * records the outcome) leaves the flag set, and Payload 3.90 never picks such a job up again: it
 * has no processing timeout. Jobs that have been processing for longer than
 * `JOBS_STALE_AFTER_SECONDS` (`updatedAt` is set when a job is claimed and at every task it
 * finishes) are released, so the next run retries them. Every task here is idempotent (it reads
 * the current state, or checks a delivery's status first), so a rare second run is harmless.
 */
export async function releaseStaleJobs(
  payload: Payload,
  staleAfterSeconds = getEnv().JOBS_STALE_AFTER_SECONDS,
): Promise<number> {
  const cutoff = new Date(Date.now() - staleAfterSeconds * 1000).toISOString()
  const stale = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ processing: { equals: true } }, { updatedAt: { less_than: cutoff } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  if (stale.docs.length === 0) return 0
  await payload.db.updateJobs({
    data: { processing: false },
    req: {},
    returning: false,
    where: {
      and: [
        { id: { in: stale.docs.map((job) => job.id) } },
        // Not one that finished or was claimed again since the query above.
        { processing: { equals: true } },
        { updatedAt: { less_than: cutoff } },
      ],
    },
  })
  payload.logger.warn(
    `Released ${stale.docs.length} job(s) left processing for over ${staleAfterSeconds} s by a runner that stopped`,
  )
  return stale.docs.length
}

const CHECK_EVERY_MS = 10_000
let lastCheck = 0

/** At most every 10 s, for the runner's tick (the scan costs a query on the jobs collection). */
export async function releaseStaleJobsNow(payload: Payload) {
  if (Date.now() - lastCheck < CHECK_EVERY_MS) return
  lastCheck = Date.now()
  await releaseStaleJobs(payload).catch((error: unknown) =>
    payload.logger.warn({ err: error }, 'Could not check for stale jobs'),
  )
}
