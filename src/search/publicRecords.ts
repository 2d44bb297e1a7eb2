import type { Payload } from 'payload'

import { PUBLICATION_COLLECTIONS } from '@/publicationTypes'

import type { SearchLanguage } from './indexes'
import { buildSearchRecords, type PublicationSearchRecord } from './searchRecord'

const PAGE_SIZE = 100

/**
 * Every record the public indexes should hold, by language, built from the database as an
 * anonymous reader sees it. Pages until a page comes back empty (counts can be stale).
 */
export async function expectedRecords(
  payload: Payload,
): Promise<Map<SearchLanguage, Map<string, PublicationSearchRecord>>> {
  const byLanguage = new Map<SearchLanguage, Map<string, PublicationSearchRecord>>()
  for (const collection of PUBLICATION_COLLECTIONS) {
    for (let page = 1; ; page += 1) {
      const { docs } = await payload.find({
        collection,
        overrideAccess: false,
        draft: false,
        depth: 0,
        limit: PAGE_SIZE,
        page,
        sort: 'createdAt',
        select: {},
      })
      if (docs.length === 0) break
      for (const doc of docs) {
        for (const record of await buildSearchRecords({
          payload,
          collection,
          id: String(doc.id),
        })) {
          if (!byLanguage.has(record.language)) byLanguage.set(record.language, new Map())
          byLanguage.get(record.language)!.set(record.id, record)
        }
      }
    }
  }
  return byLanguage
}
