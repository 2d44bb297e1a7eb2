import type { Payload } from 'payload'

import { ensureSearchIndexes } from './ensureSearchIndexes'
import { publicationsIndexUid, rebuildIndexUid, SEARCH_LANGUAGES } from './indexes'
import { getMeiliAdmin } from './meiliClients'
import type { PublicationCollection } from '@/publicationTypes'

import { buildSearchRecords, searchRecordId } from './searchRecord'

/**
 * Makes the index match the publication as it is now: added or replaced if public, removed
 * otherwise. Reading the current state (not the state at save time) makes the sync idempotent
 * and order-independent, so retries and duplicate jobs are harmless.
 *
 * Done once Meilisearch has accepted the change: its task queue is durable (a restart resumes
 * it) and runs the tasks of an index in order, so a later change always wins. Not waiting for
 * each task keeps a job to milliseconds and lets Meilisearch batch a burst of publishes; waiting
 * (polling) for every one of 50 concurrent jobs slowed the very queue it waited on. A task that
 * Meilisearch rejects later (a record it cannot take) is found by the reconcile
 * (`npm run search:reconcile`, admin view Suchindex).
 */
export async function syncPublication(args: {
  payload: Payload
  collection: PublicationCollection
  id: string
}): Promise<void> {
  await ensureSearchIndexes()
  const records = await buildSearchRecords(args)
  const admin = getMeiliAdmin()
  for (const language of SEARCH_LANGUAGES) {
    const record = records.find((candidate) => candidate.language === language)
    // While a reindex builds the next index, it gets every change too (it is swapped in later).
    const rebuilding = await admin.getIndex(rebuildIndexUid(language)).then(
      () => true,
      () => false,
    )
    const uids = [
      publicationsIndexUid(language),
      ...(rebuilding ? [rebuildIndexUid(language)] : []),
    ]
    for (const uid of uids) {
      const index = admin.index(uid)
      if (record) await index.addDocuments([record])
      else await index.deleteDocument(searchRecordId(args.collection, args.id))
    }
  }
}
