import type { Payload } from 'payload'

import { PUBLICATION_COLLECTIONS } from '@/publicationTypes'

import type { SearchLanguage } from './indexes'
import {
  collectionRecordSlices,
  storedRecord,
  type IndexedRecord,
  type PublicationSearchRecord,
} from './searchRecord'

// Publications turned into records at a time. Each collection is read in one pass whatever its
// size (storedDocuments.ts); the slice bounds the memory: a publication is held as stored (every
// language, rich text as Lexical JSON), as a copy per language and as records. Measured at
// 100,000 publications: 110–160 MB of live heap after each slice of 2,000 (bench:search).
const SLICE_SIZE = 2_000

/**
 * Every record the public indexes should hold, built from the database as an anonymous reader
 * sees it, in slices.
 */
export async function* publicRecordSlices(
  payload: Payload,
  sliceSize = SLICE_SIZE,
): AsyncGenerator<IndexedRecord[]> {
  for (const collection of PUBLICATION_COLLECTIONS) {
    yield* collectionRecordSlices(payload, collection, sliceSize)
  }
}

/** All expected records by index (reader language) and id (for comparing with what the indexes hold). */
export async function expectedRecords(
  payload: Payload,
): Promise<Map<SearchLanguage, Map<string, PublicationSearchRecord>>> {
  const byLanguage = new Map<SearchLanguage, Map<string, PublicationSearchRecord>>()
  for await (const slice of publicRecordSlices(payload)) {
    for (const record of slice) {
      if (!byLanguage.has(record.indexLanguage)) byLanguage.set(record.indexLanguage, new Map())
      byLanguage.get(record.indexLanguage)!.set(record.id, storedRecord(record))
    }
  }
  return byLanguage
}
