import type { TaskConfig } from 'payload'

import { getEnv } from '@/env'
import { OUTBOX_RETRIES } from '@/jobs/outboxRetries'
import { PUBLICATION_COLLECTIONS, type PublicationCollection } from '@/publicationTypes'

import { reviewRequestEmail } from './reviewRequestEmail'

export const NOTIFY_REVIEWERS_TASK = 'notifyReviewers'

/**
 * Tells editors and admins by e-mail that a document waits for review. Runs as a job, so a mail
 * server that is down delays the mail but never fails the author's save. It reads the document
 * when it runs: a submission withdrawn or published meanwhile sends nothing.
 */
export const notifyReviewersTask: TaskConfig<'notifyReviewers'> = {
  slug: NOTIFY_REVIEWERS_TASK,
  label: 'Redaktion über Einreichung benachrichtigen',
  inputSchema: [
    { name: 'collection', type: 'select', options: [...PUBLICATION_COLLECTIONS], required: true },
    { name: 'id', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'recipients', type: 'number' }],
  retries: OUTBOX_RETRIES,
  handler: async ({ input, req }) => {
    const { payload } = req
    const collection = input.collection as PublicationCollection
    const doc = await payload
      .findByID({
        collection,
        id: input.id,
        draft: true,
        depth: 0,
        select: { title: true, createdBy: true, workflowStatus: true },
        overrideAccess: true,
        disableErrors: true,
      })
      .catch(() => null)
    if (!doc || doc.workflowStatus !== 'inReview') return { output: { recipients: 0 } }

    const { docs: reviewers } = await payload.find({
      collection: 'users',
      where: { roles: { in: ['editor', 'admin'] } },
      select: { email: true },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    if (reviewers.length === 0) return { output: { recipients: 0 } }
    const authorId = typeof doc.createdBy === 'object' ? doc.createdBy?.id : doc.createdBy
    const author = authorId
      ? await payload
          .findByID({
            collection: 'users',
            id: authorId,
            select: { name: true, email: true },
            depth: 0,
            overrideAccess: true,
            disableErrors: true,
          })
          .catch(() => null)
      : null

    const typeLabel = payload.collections[collection].config.labels.singular
    const { subject, text } = reviewRequestEmail({
      title: doc.title ?? '',
      type: typeof typeLabel === 'function' ? collection : typeLabel,
      author: author ? (author.name ?? author.email) : null,
      url: `${getEnv().SERVER_URL}${payload.config.routes.admin}/collections/${collection}/${input.id}`,
    })
    await payload.sendEmail({ to: reviewers.map((user) => user.email), subject, text })
    return { output: { recipients: reviewers.length } }
  },
}
