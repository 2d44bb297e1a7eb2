import type { TaskConfig } from 'payload'

/**
 * Retries of the search outbox tasks: from 0.25 s, doubling, and capped at 30 s by the runner
 * (src/jobs/capRetryDelays.ts), so 250 tries cover an outage of about two hours.
 */
export const SEARCH_OUTBOX_RETRIES: Exclude<TaskConfig['retries'], number | undefined> = {
  attempts: 250,
  backoff: { type: 'exponential', delay: 250 },
}
