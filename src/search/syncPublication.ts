import type { Task } from 'meilisearch'
import type { Payload } from 'payload'

import type { PublicationCollection } from '@/publicationTypes'

import { ensureSearchIndexes } from './ensureSearchIndexes'
import { publicationsIndexUid, rebuildIndexUid, SEARCH_LANGUAGES } from './indexes'
import { getMeiliAdmin } from './meiliClients'
import { forgetCachedSearches } from './searchCache'
import { buildSearchRecords, searchRecordId, storedRecord } from './searchRecord'

function assertSucceeded(task: Task) {
  if (task.status !== 'succeeded') {
    throw new Error(`Meilisearch task ${task.uid} ${task.status}: ${task.error?.message ?? ''}`)
  }
}

/**
 * Makes the index match the publication as it is now: added or replaced if public, removed
 * otherwise. Reading the current state (not the state at save time) makes the sync idempotent
 * and order-independent, so retries and duplicate jobs are harmless.
 */
export async function syncPublication(args: {
  payload: Payload
  collection: PublicationCollection
  id: string
}): Promise<void> {
  await ensureSearchIndexes()
  const records = await buildSearchRecords(args)
  const admin = getMeiliAdmin()
  await Promise.all(
    SEARCH_LANGUAGES.map(async (language) => {
      const record = records.find((candidate) => candidate.indexLanguage === language)
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
        const task = record
          ? await index
              .addDocuments([storedRecord(record)])
              .waitTask({ interval: 25, timeout: 60_000 })
          : await index
              .deleteDocument(searchRecordId(args.collection, args.id))
              .waitTask({ interval: 25, timeout: 60_000 })
        assertSucceeded(task)
      }
    }),
  )
  forgetCachedSearches()
}
