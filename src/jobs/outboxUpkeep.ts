import type { Payload, Where } from 'payload'

import { NOTIFY_REVIEWERS_TASK } from '@/review/notifyReviewersTask'
import { APPLY_SEARCH_SETTINGS_TASK } from '@/search/applySearchSettingsTask'
import { SYNC_DEPENDANTS_TASK } from '@/search/syncDependantsTask'
import { SYNC_PUBLICATION_TASK } from '@/search/syncPublicationTask'
import { NOTIFY_WEBHOOKS_TASK } from '@/webhooks/notifyWebhooks'

import { OUTBOX_ATTEMPTS } from './outboxRetries'

/** The outbox tasks (`OUTBOX_RETRIES`): these retry while what they deliver to is away. */
const OUTBOX_TASKS = [
  SYNC_PUBLICATION_TASK,
  SYNC_DEPENDANTS_TASK,
  APPLY_SEARCH_SETTINGS_TASK,
  NOTIFY_WEBHOOKS_TASK,
  NOTIFY_REVIEWERS_TASK,
]
/** No outbox job waits longer than this for its next try. */
const MAX_RETRY_DELAY_MS = 30_000
const CHECK_EVERY_MS = 2_000
let lastCheck = 0

/**
 * Payload's exponential back-off has no ceiling: after a Meilisearch outage of a few minutes the
 * next try of a sync job lies as far in the future again, and the index stays behind long after
 * search is back. Retries of the outbox tasks are brought forward to at most 30 s from now (a
 * job scheduled on purpose, e.g. for an embargo's minute, has not been tried yet and keeps its
 * time). With 250 attempts that still covers an outage of about two hours; beyond that the
 * reconcile (`npm run search:reconcile`) repairs what the gave-up jobs left.
 */
async function capRetryDelays(payload: Payload) {
  const latest = new Date(Date.now() + MAX_RETRY_DELAY_MS).toISOString()
  await payload.db.updateJobs({
    data: { waitUntil: latest },
    req: {},
    returning: false,
    where: {
      and: [
        { taskSlug: { in: OUTBOX_TASKS } },
        { totalTried: { greater_than: 0 } },
        { hasError: { not_equals: true } },
        { processing: { equals: false } },
        { waitUntil: { greater_than: latest } },
      ],
    },
  })
}

/**
 * Payload runs a queued task inside a one-step workflow without retries of its own: an error
 * outside the task — recording its log entry while the database connection drops — fails the
 * job for good after one try (seen when FerretDB was killed). An outbox job that failed before
 * its tries ran out can only have failed that way, and its task is idempotent: it is run again.
 */
async function reviveJobsFailedOutsideTheirTask(payload: Payload) {
  const where: Where = {
    and: [
      { taskSlug: { in: OUTBOX_TASKS } },
      { hasError: { equals: true } },
      { totalTried: { less_than: OUTBOX_ATTEMPTS } },
    ],
  }
  const { totalDocs } = await payload.count({
    collection: 'payload-jobs',
    where,
    overrideAccess: true,
  })
  if (totalDocs === 0) return
  await payload.db.updateJobs({
    data: { hasError: false, processing: false, waitUntil: new Date().toISOString() },
    req: {},
    returning: false,
    where,
  })
  payload.logger.warn(`Revived ${totalDocs} outbox job(s) failed outside their task`)
}

/** The runner's tick for the outbox jobs, at most every 2 s. */
export async function keepOutboxMoving(payload: Payload): Promise<void> {
  if (Date.now() - lastCheck < CHECK_EVERY_MS) return
  lastCheck = Date.now()
  await Promise.all([capRetryDelays(payload), reviveJobsFailedOutsideTheirTask(payload)]).catch(
    (error: unknown) => payload.logger.warn({ err: error }, 'Could not tend the outbox jobs'),
  )
}
