import type { Payload } from 'payload'

import { NOTIFY_REVIEWERS_TASK } from '@/review/notifyReviewersTask'
import { APPLY_SEARCH_SETTINGS_TASK } from '@/search/applySearchSettingsTask'
import { SYNC_DEPENDANTS_TASK } from '@/search/syncDependantsTask'
import { SYNC_PUBLICATION_TASK } from '@/search/syncPublicationTask'
import { NOTIFY_WEBHOOKS_TASK } from '@/webhooks/notifyWebhooks'

/** The outbox tasks (`OUTBOX_RETRIES`): these retry while what they deliver to is away. */
const CAPPED_TASKS = [
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
export async function capRetryDelays(payload: Payload): Promise<void> {
  if (Date.now() - lastCheck < CHECK_EVERY_MS) return
  lastCheck = Date.now()
  const latest = new Date(Date.now() + MAX_RETRY_DELAY_MS).toISOString()
  await payload.db
    .updateJobs({
      data: { waitUntil: latest },
      req: {},
      returning: false,
      where: {
        and: [
          { taskSlug: { in: CAPPED_TASKS } },
          { totalTried: { greater_than: 0 } },
          { hasError: { not_equals: true } },
          { processing: { equals: false } },
          { waitUntil: { greater_than: latest } },
        ],
      },
    })
    .catch((error: unknown) =>
      payload.logger.warn({ err: error }, 'Could not cap the retry delays of outbox jobs'),
    )
}
