import type { EnqueuedTask } from 'meilisearch'
import type { Payload } from 'payload'

import { ensureSearchIndexes } from './ensureSearchIndexes'
import { publicationsIndexUid, rebuildIndexUid, SEARCH_LANGUAGES } from './indexes'
import { getMeiliAdmin } from './meiliClients'
import { appliedByMeilisearch } from './meiliTasks'
import type { PublicationCollection } from '@/publicationTypes'

import { buildSearchRecords, searchRecordId } from './searchRecord'

/**
 * Makes the index match the publication as it is now: added or replaced if public, removed
 * otherwise. Reading the current state (not the state at save time) makes the sync idempotent
 * and order-independent, so retries and duplicate jobs are harmless.
 *
 * Done once Meilisearch has applied the change, not merely accepted it: a task that failed or
 * was lost when Meilisearch crashed fails the job, which is retried. The waiting is shared by all
 * jobs of the process (`appliedByMeilisearch`), so a burst of publishes costs one status request
 * per tenth of a second, and Meilisearch still batches their tasks.
 */
export async function syncPublication(args: {
  payload: Payload
  collection: PublicationCollection
  id: string
}): Promise<void> {
  await ensureSearchIndexes()
  const records = await buildSearchRecords(args)
  const admin = getMeiliAdmin()
  const tasks: EnqueuedTask[] = []
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
      tasks.push(
        record
          ? await index.addDocuments([record])
          : await index.deleteDocument(searchRecordId(args.collection, args.id)),
      )
    }
  }
  await Promise.all(tasks.map(appliedByMeilisearch))
}
