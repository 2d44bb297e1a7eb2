import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { jobsRunInThisProcess } from '@/env'
import { publishedBefore } from '@/hooks/publishedBefore'
import type { PublicationCollection } from '@/publicationTypes'

import type { ReferencedCollection } from './dependants'
import { SYNC_DEPENDANTS_TASK } from './syncDependantsTask'
import { SYNC_PUBLICATION_TASK } from './syncPublicationTask'

type Context = { skipSearchSync?: boolean }

// Long enough for the save's transaction (on a replica set) to commit, so the job is visible.
const RUN_SOON_DELAY_MS = 50

/**
 * Starts the job right after the save instead of at the runner's next tick, so a publication is
 * searchable within a fraction of a second. If the job is not visible yet (transaction still
 * open) or another runner claims it first, nothing is lost: the runner picks it up.
 */
function runSoon(req: PayloadRequest, jobId: string | number) {
  if (!jobsRunInThisProcess()) return
  const { payload } = req
  setTimeout(() => {
    payload.jobs
      .runByID({ id: jobId, overrideAccess: true })
      .catch((error: unknown) => payload.logger.warn({ err: error }, 'search sync deferred'))
  }, RUN_SOON_DELAY_MS)
}

async function queueSync(
  req: PayloadRequest,
  collection: string,
  id: string | number,
  waitUntil?: Date,
) {
  const job = await req.payload.jobs.queue({
    task: SYNC_PUBLICATION_TASK,
    input: {
      collection: collection as PublicationCollection,
      id: String(id),
      embargoLifts: waitUntil !== undefined,
    },
    waitUntil,
    req,
  })
  if (!waitUntil) runSoon(req, job.id)
}

/**
 * Queues the index job with the save (in the same transaction where the database has them), so
 * a slow or failing Meilisearch never fails or rolls back an editor's save. Saving a draft of
 * something never published cannot change the public index, so it queues nothing. An embargo
 * in the future queues a second job for the minute it lifts.
 */
export const queueSearchSyncAfterChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  req,
  context,
}) => {
  if ((context as Context).skipSearchSync) return doc
  if (doc._status !== 'published' && !publishedBefore(req, collection.slug, doc.id)) return doc
  await queueSync(req, collection.slug, doc.id)
  const embargoLiftsAt = doc.embargoUntil ? new Date(doc.embargoUntil) : undefined
  if (embargoLiftsAt && embargoLiftsAt > new Date()) {
    await queueSync(req, collection.slug, doc.id, embargoLiftsAt)
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
  await queueSync(req, collection.slug, id)
}

function queueDependants(req: PayloadRequest, collection: string, id: string | number) {
  return req.payload.jobs.queue({
    task: SYNC_DEPENDANTS_TASK,
    input: { collection: collection as ReferencedCollection, id: String(id) },
    req,
  })
}

/** For people, organisations, topics and events: their names appear in other records. */
export const queueDependantsSyncAfterChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  req,
  context,
}) => {
  if (!(context as Context).skipSearchSync) await queueDependants(req, collection.slug, doc.id)
  return doc
}

export const queueDependantsSyncAfterDelete: CollectionAfterDeleteHook = async ({
  collection,
  id,
  req,
  context,
}) => {
  if (!(context as Context).skipSearchSync) await queueDependants(req, collection.slug, id)
}
