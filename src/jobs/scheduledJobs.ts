import type { Payload } from 'payload'

// The only scheduled task is the nightly search reconcile: a look once a minute is plenty.
const SCHEDULE_CHECK_MS = 60_000

const checkedAt = new WeakMap<Payload, number>()

/**
 * Queues the scheduled tasks that are due. Payload's own autoRun would do this on every tick
 * (every second here), reading every schedule and rewriting its job statistics each time; the
 * app's autoRun and the jobs worker call this instead, which looks at most once a minute.
 */
export async function queueDueScheduledJobs(payload: Payload): Promise<void> {
  const last = checkedAt.get(payload)
  if (last !== undefined && Date.now() - last < SCHEDULE_CHECK_MS) return
  checkedAt.set(payload, Date.now())
  await payload.jobs.handleSchedules({ allQueues: true })
}
