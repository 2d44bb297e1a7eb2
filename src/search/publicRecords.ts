import type { Payload } from 'payload'

import { PUBLICATION_COLLECTIONS } from '@/publicationTypes'

import type { SearchLanguage } from './indexes'
import {
  buildSearchRecordsFor,
  storedRecord,
  type IndexedRecord,
  type PublicationSearchRecord,
} from './searchRecord'

// Large batches keep the number of queries low: the embedded FerretDB scans the whole collection
// for each (it narrows a query only by a bare `_id`). Records populate only names and titles of
// related documents, so a batch stays in the low hundreds of MB.
const BATCH_SIZE = 20_000

/**
 * Every record the public indexes should hold, built from the database as an anonymous reader
 * sees it, in batches (per collection, in id order, each batch starting after the last id; a
 * batch without `lastId` was the collection's last).
 */
export async function* publicRecordBatches(
  payload: Payload,
  batchSize = BATCH_SIZE,
): AsyncGenerator<IndexedRecord[]> {
  for (const collection of PUBLICATION_COLLECTIONS) {
    let after: string | undefined
    for (;;) {
      const { records, lastId } = await buildSearchRecordsFor(payload, collection, {
        after,
        limit: batchSize,
      })
      if (records.length > 0) yield records
      if (!lastId) break
      after = lastId
    }
  }
}

/** All expected records by index (reader language) and id (for comparing with what the indexes hold). */
export async function expectedRecords(
  payload: Payload,
): Promise<Map<SearchLanguage, Map<string, PublicationSearchRecord>>> {
  const byLanguage = new Map<SearchLanguage, Map<string, PublicationSearchRecord>>()
  for await (const batch of publicRecordBatches(payload)) {
    for (const record of batch) {
      if (!byLanguage.has(record.indexLanguage)) byLanguage.set(record.indexLanguage, new Map())
      byLanguage.get(record.indexLanguage)!.set(record.id, storedRecord(record))
    }
  }
  return byLanguage
}
