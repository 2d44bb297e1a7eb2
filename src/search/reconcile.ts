import type { Payload } from 'payload'

import { ensureSearchIndexes } from './ensureSearchIndexes'
import { publicationsIndexUid, SEARCH_LANGUAGES, type SearchLanguage } from './indexes'
import { getMeiliAdmin } from './meiliClients'
import { expectedRecords } from './publicRecords'
import { forgetCachedSearches } from './searchCache'

export type ReconcileReport = Record<
  SearchLanguage,
  {
    expected: number
    indexed: number
    added: number
    updated: number
    removed: number
    /** Up to 20 record ids that were missing: public items the index did not have. */
    missing: string[]
  }
>

const BATCH = 1000

async function indexedHashes(uid: string): Promise<Map<string, string>> {
  const index = getMeiliAdmin().index(uid)
  const hashes = new Map<string, string>()
  for (let offset = 0; ; offset += BATCH) {
    const { results } = await index.getDocuments<{ id: string; contentHash?: string }>({
      fields: ['id', 'contentHash'],
      limit: BATCH,
      offset,
    })
    if (results.length === 0) break
    for (const doc of results) hashes.set(String(doc.id), doc.contentHash ?? '')
  }
  return hashes
}

/**
 * Compares ids and content hashes of what MongoDB says is public with what each index holds,
 * and repairs every difference: missing and stale records are written, extra ones removed.
 */
export async function reconcileSearchIndexes(
  payload: Payload,
  { dryRun = false }: { dryRun?: boolean } = {},
): Promise<ReconcileReport> {
  await ensureSearchIndexes()
  forgetCachedSearches()
  const expected = await expectedRecords(payload)
  const report = {} as ReconcileReport
  for (const language of SEARCH_LANGUAGES) {
    const uid = publicationsIndexUid(language)
    const wanted = expected.get(language) ?? new Map()
    const indexed = await indexedHashes(uid)
    const missing = [...wanted.values()].filter((record) => !indexed.has(record.id))
    const stale = [...wanted.values()].filter(
      (record) => indexed.has(record.id) && indexed.get(record.id) !== record.contentHash,
    )
    const extra = [...indexed.keys()].filter((id) => !wanted.has(id))
    if (!dryRun) {
      const index = getMeiliAdmin().index(uid)
      if (missing.length + stale.length > 0) {
        await index.addDocuments([...missing, ...stale]).waitTask({ timeout: 120_000 })
      }
      if (extra.length > 0) await index.deleteDocuments(extra).waitTask({ timeout: 120_000 })
    }
    report[language] = {
      expected: wanted.size,
      indexed: indexed.size,
      added: missing.length,
      updated: stale.length,
      removed: extra.length,
      missing: missing.slice(0, 20).map((record) => record.id),
    }
  }
  return report
}
