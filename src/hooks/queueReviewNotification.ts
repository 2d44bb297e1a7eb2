import type { CollectionAfterChangeHook } from 'payload'

import type { PublicationCollection } from '@/publicationTypes'
import { NOTIFY_REVIEWERS_TASK } from '@/review/notifyReviewersTask'

/**
 * When a document becomes "In Prüfung", queues the editors' e-mail with the save (a job, not
 * inline: a slow or failing mail server must not fail or delay the author's save). Autosaves
 * of a document already in review send nothing more.
 */
export const queueReviewNotification: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  if (doc.workflowStatus !== 'inReview' || previousDoc?.workflowStatus === 'inReview') return doc
  await req.payload.jobs.queue({
    task: NOTIFY_REVIEWERS_TASK,
    input: { collection: collection.slug as PublicationCollection, id: String(doc.id) },
    req,
  })
  return doc
}
