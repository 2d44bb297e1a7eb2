import type { Payload, Where } from 'payload'

/** How long a due job may wait before it counts as overdue (the runner ticks every second). */
export const OVERDUE_AFTER_MS = 60_000

export type JobBacklog = {
  /** Due now: waiting for a runner. */
  pending: number
  /** Due for more than a minute: no runner is keeping up (or none runs). */
  overdue: number
  /** Waiting for a later time, e.g. the minute a press release's embargo lifts. */
  scheduled: number
  /** Gave up after their retries. */
  failed: number
}

const OPEN: Where[] = [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }]

function dueBy(moment: string): Where {
  return {
    or: [
      { waitUntil: { less_than_equal: moment } },
      { and: [{ waitUntil: { exists: false } }, { createdAt: { less_than_equal: moment } }] },
    ],
  }
}

/** The jobs queue's state, counted in the database (every instance and the worker share it). */
export async function countJobBacklog(payload: Payload): Promise<JobBacklog> {
  const now = Date.now()
  const count = async (where: Where) =>
    (await payload.count({ collection: 'payload-jobs', where, overrideAccess: true })).totalDocs
  const [pending, overdue, scheduled, failed] = await Promise.all([
    count({ and: [...OPEN, dueBy(new Date(now).toISOString())] }),
    count({ and: [...OPEN, dueBy(new Date(now - OVERDUE_AFTER_MS).toISOString())] }),
    count({ and: [...OPEN, { waitUntil: { greater_than: new Date(now).toISOString() } }] }),
    count({ hasError: { equals: true } }),
  ])
  return { pending, overdue, scheduled, failed }
}
