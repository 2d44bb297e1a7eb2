import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { SearchableCollection } from './searchRecord'
import { SYNC_PUBLICATION_TASK } from './syncPublicationTask'

type Context = { skipSearchSync?: boolean }

/**
 * Queues the index job with the save (in the same transaction where the database has them), so
 * a slow or failing Meilisearch never fails or rolls back an editor's save. Saving a draft of
 * something never published cannot change the public index, so it queues nothing.
 */
export const queueSearchSyncAfterChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  req,
  context,
}) => {
  if ((context as Context).skipSearchSync) return doc
  if (doc._status === 'published' || previousDoc?._status === 'published') {
    await req.payload.jobs.queue({
      task: SYNC_PUBLICATION_TASK,
      input: { collection: collection.slug as SearchableCollection, id: String(doc.id) },
      req,
    })
  }
  return doc
}

export const queueSearchSyncAfterDelete: CollectionAfterDeleteHook = async ({
  collection,
  id,
  req,
  context,
}) => {
  if ((context as Context).skipSearchSync) return
  await req.payload.jobs.queue({
    task: SYNC_PUBLICATION_TASK,
    input: { collection: collection.slug as SearchableCollection, id: String(id) },
    req,
  })
}
