import type { Payload } from 'payload'

import { ensureSearchIndexes } from './ensureSearchIndexes'
import { publicationsIndexSettings, publicationsIndexUid, SEARCH_LANGUAGES } from './indexes'
import { getMeiliAdmin } from './meiliClients'
import { expectedRecords } from './publicRecords'
import { reconcileSearchIndexes, type ReconcileReport } from './reconcile'
import { getSynonymGroups } from './synonymGroups'
import { synonymsFromGroups } from './synonyms'

const BATCH = 500
const TASK_TIMEOUT = { timeout: 300_000 }

/**
 * Builds each language's index afresh beside the live one and swaps them in one Meilisearch
 * task, so searches never see an empty or half-built index. Saves that land in the old index
 * during the rebuild are caught by a reconcile right after the swap.
 */
export async function rebuildSearchIndexes(
  payload: Payload,
): Promise<{ documents: Record<string, number>; catchUp: ReconcileReport }> {
  await ensureSearchIndexes()
  const admin = getMeiliAdmin()
  const synonyms = synonymsFromGroups(await getSynonymGroups(payload, { fresh: true }))
  const expected = await expectedRecords(payload)
  const documents: Record<string, number> = {}
  for (const language of SEARCH_LANGUAGES) {
    const live = publicationsIndexUid(language)
    const next = `${live}-rebuild`
    await admin.deleteIndexIfExists(next)
    await admin.createIndex(next, { primaryKey: 'id' }).waitTask(TASK_TIMEOUT)
    await admin
      .index(next)
      .updateSettings(publicationsIndexSettings(language, synonyms))
      .waitTask(TASK_TIMEOUT)
    const records = [...(expected.get(language)?.values() ?? [])]
    for (let start = 0; start < records.length; start += BATCH) {
      await admin
        .index(next)
        .addDocuments(records.slice(start, start + BATCH))
        .waitTask(TASK_TIMEOUT)
    }
    await admin.swapIndexes([{ indexes: [live, next], rename: false }]).waitTask(TASK_TIMEOUT)
    await admin.deleteIndex(next).waitTask(TASK_TIMEOUT)
    documents[language] = records.length
  }
  return { documents, catchUp: await reconcileSearchIndexes(payload) }
}
