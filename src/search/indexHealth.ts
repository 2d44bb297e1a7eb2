import type { Payload } from 'payload'

import { countJobBacklog } from '@/jobs/jobBacklog'
import { PUBLICATION_COLLECTIONS, type PublicationCollection } from '@/publicationTypes'

import { publicationsIndexUid, SEARCH_LANGUAGES, type SearchLanguage } from './indexes'
import { getMeiliAdmin } from './meiliClients'
import { PUBLICATION_TYPE } from './searchRecord'

export type SearchIndexHealth = {
  search: { ok: boolean; error?: string }
  types: {
    collection: PublicationCollection
    publicInDatabase: number
    indexed: Record<SearchLanguage, number | null>
  }[]
  jobs: {
    /** Due now (or overdue): the backlog. */
    pending: number
    scheduled: number
    failed: number
    lastError: { task: string; message: string; at: string } | null
  }
}

async function indexedByType(language: SearchLanguage): Promise<Record<string, number>> {
  const result = await getMeiliAdmin()
    .index(publicationsIndexUid(language))
    .search('', { limit: 0, facets: ['type'] })
  return (result.facetDistribution?.type ?? {}) as Record<string, number>
}

/** What editors need to trust the search: database vs index per type, and the sync backlog. */
export async function getSearchIndexHealth(payload: Payload): Promise<SearchIndexHealth> {
  const indexed: Partial<Record<SearchLanguage, Record<string, number>>> = {}
  let search: SearchIndexHealth['search'] = { ok: true }
  try {
    for (const language of SEARCH_LANGUAGES) indexed[language] = await indexedByType(language)
  } catch (error) {
    search = { ok: false, error: error instanceof Error ? error.message : String(error) }
  }

  const types = await Promise.all(
    PUBLICATION_COLLECTIONS.map(async (collection) => {
      // Counted as an anonymous reader: exactly what the index should hold.
      const { totalDocs } = await payload.count({ collection, overrideAccess: false })
      const type = PUBLICATION_TYPE[collection]
      return {
        collection,
        publicInDatabase: totalDocs,
        indexed: Object.fromEntries(
          SEARCH_LANGUAGES.map((language) => [
            language,
            indexed[language] ? (indexed[language]![type] ?? 0) : null,
          ]),
        ) as Record<SearchLanguage, number | null>,
      }
    }),
  )

  const backlog = await countJobBacklog(payload)
  const lastFailed = await payload.find({
    collection: 'payload-jobs',
    where: { hasError: { equals: true } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const last = lastFailed.docs[0]
  return {
    search,
    types,
    jobs: {
      pending: backlog.pending,
      scheduled: backlog.scheduled,
      failed: backlog.failed,
      lastError: last
        ? {
            task: String(last.taskSlug ?? ''),
            message: JSON.stringify(last.error ?? '').slice(0, 500),
            at: last.updatedAt,
          }
        : null,
    },
  }
}
