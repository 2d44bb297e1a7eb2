import type { TaskConfig } from 'payload'

/**
 * Retries of the outbox tasks, the jobs that carry a saved change to the outside (search index,
 * webhook fan-out, review mails): from 0.25 s, doubling, and capped at 30 s by the runner
 * (src/jobs/outboxUpkeep.ts), so 250 tries cover an outage of Meilisearch, the database or the
 * mail server of about two hours. The five tries the webhook fan-out and the review mails had
 * before were spent in about half a minute: less than a database that is killed three times.
 */
export const OUTBOX_ATTEMPTS = 250

export const OUTBOX_RETRIES: Exclude<TaskConfig['retries'], number | undefined> = {
  attempts: OUTBOX_ATTEMPTS,
  backoff: { type: 'exponential', delay: 250 },
}
