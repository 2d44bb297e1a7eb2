import type { Payload } from 'payload'

import { PUBLICATION_COLLECTIONS } from '@/publicationTypes'

import { ensureSearchIndexes } from './ensureSearchIndexes'
import {
  publicationsIndexSettings,
  publicationsIndexUid,
  rebuildIndexUid,
  SEARCH_LANGUAGES,
} from './indexes'
import { getMeiliAdmin } from './meiliClients'
import { publicRecordSlices } from './publicRecords'
import { forgetCachedSearches } from './searchCache'
import { storedRecord } from './searchRecord'
import { syncPublication } from './syncPublication'
import { getSynonymGroups } from './synonymGroups'
import { synonymsFromGroups } from './synonyms'

const TASK_TIMEOUT = { timeout: 300_000 }
// Records per request: Meilisearch refuses a payload above 100 MB, and batches the tasks itself.
const SEND_SIZE = 5_000

/**
 * Builds each language's index afresh beside the live one and swaps all of them in one Meilisearch
 * task, so searches never see an empty or half-built index. Saves during the rebuild reach both
 * indexes (the sync job writes to the one being built too); if any did, publications changed
 * since the rebuild began are synced once more after the swap, in case a slice read raced their
 * job.
 */
export async function rebuildSearchIndexes(
  payload: Payload,
): Promise<{ documents: Record<string, number>; resynced: number }> {
  const startedAt = new Date()
  await ensureSearchIndexes()
  const admin = getMeiliAdmin()
  const synonyms = synonymsFromGroups(await getSynonymGroups(payload, { fresh: true }))
  const documents: Record<string, number> = {}
  let createdAt: string | undefined
  for (const language of SEARCH_LANGUAGES) {
    await admin.deleteIndexIfExists(rebuildIndexUid(language))
    const created = await admin
      .createIndex(rebuildIndexUid(language), { primaryKey: 'id' })
      .waitTask(TASK_TIMEOUT)
    createdAt ??= created.enqueuedAt
    await admin
      .index(rebuildIndexUid(language))
      .updateSettings(publicationsIndexSettings(language, synonyms))
      .waitTask(TASK_TIMEOUT)
    documents[language] = 0
  }
  // Records are sent as they are read, and Meilisearch indexes while the database is still read.
  // Each request is awaited until Meilisearch has taken it (not applied it), so reading never
  // runs ahead of the uploads with slices waiting in memory.
  const ownTasks = new Set<number>()
  for await (const slice of publicRecordSlices(payload)) {
    for (const language of SEARCH_LANGUAGES) {
      const records = slice.filter((record) => record.indexLanguage === language).map(storedRecord)
      for (let start = 0; start < records.length; start += SEND_SIZE) {
        const { taskUid } = await admin
          .index(rebuildIndexUid(language))
          .addDocuments(records.slice(start, start + SEND_SIZE))
        ownTasks.add(taskUid)
      }
      documents[language] += records.length
    }
  }
  const applied = await admin.tasks.waitForTasks([...ownTasks], TASK_TIMEOUT)
  for (const task of applied) {
    if (task.status !== 'succeeded') {
      throw new Error(
        `Reindex aborted, live index untouched: ${task.error?.message ?? task.status}`,
      )
    }
  }
  const othersWrote = await othersWroteTo(
    SEARCH_LANGUAGES.map(rebuildIndexUid),
    createdAt!,
    ownTasks,
  )
  await admin
    .swapIndexes(
      SEARCH_LANGUAGES.map((language) => ({
        indexes: [publicationsIndexUid(language), rebuildIndexUid(language)] as [string, string],
        rename: false,
      })),
    )
    .waitTask(TASK_TIMEOUT)
  forgetCachedSearches()
  for (const language of SEARCH_LANGUAGES) {
    await admin.deleteIndex(rebuildIndexUid(language)).waitTask(TASK_TIMEOUT)
  }
  return { documents, resynced: othersWrote ? await resyncChangedSince(payload, startedAt) : 0 }
}

/**
 * Whether anything but this reindex changed the indexes being built: the sync job does, for a
 * save while a reindex runs. Only then can a slice read before the save have reached the index
 * after the job's record, and only then is the database searched for what changed (on the
 * embedded FerretDB that search reads every collection once more).
 */
export async function othersWroteTo(
  indexUids: string[],
  since: string,
  ownTasks: Set<number>,
): Promise<boolean> {
  const { results } = await getMeiliAdmin().tasks.getTasks({
    indexUids,
    types: ['documentAdditionOrUpdate', 'documentDeletion'],
    afterEnqueuedAt: since,
    // Newest first: with one more than our own, any other is among them.
    limit: ownTasks.size + 1,
  })
  return results.some((task) => !ownTasks.has(task.uid))
}

async function resyncChangedSince(payload: Payload, since: Date): Promise<number> {
  let resynced = 0
  for (const collection of PUBLICATION_COLLECTIONS) {
    const { docs } = await payload.find({
      collection,
      where: { updatedAt: { greater_than_equal: since.toISOString() } },
      select: {},
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    for (const doc of docs) {
      await syncPublication({ payload, collection, id: String(doc.id) })
      resynced += 1
    }
  }
  return resynced
}
