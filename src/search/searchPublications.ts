import type { FederatedMultiSearchParams } from 'meilisearch'

import { publicationsIndexUid, type SearchLanguage } from './indexes'
import { getSearchClient } from './meiliClients'
import type { PublicationSearchRecord } from './searchRecord'

// Private-use characters cannot occur in content, so highlights survive HTML escaping intact.
export const HIGHLIGHT_START = '\uE000'
export const HIGHLIGHT_END = '\uE001'

export type PublicationHit = PublicationSearchRecord & {
  highlighted: { title: string; summary: string; body: string }
}

export type PublicationSearchResult = {
  query: string
  page: number
  hitsPerPage: number
  totalHits: number
  hits: PublicationHit[]
}

const MAX_HITS_PER_PAGE = 50

/**
 * Searches published content in the reader's language. An English reader also gets German
 * publications that have no English version (German is the primary language of the hub).
 */
export async function searchPublications({
  query,
  language = 'de',
  page = 1,
  hitsPerPage = 10,
}: {
  query: string
  language?: SearchLanguage
  page?: number
  hitsPerPage?: number
}): Promise<PublicationSearchResult> {
  const limit = Math.min(Math.max(1, hitsPerPage), MAX_HITS_PER_PAGE)
  const shared = {
    q: query,
    attributesToHighlight: ['title', 'summary'],
    attributesToCrop: ['body'],
    cropLength: 30,
    highlightPreTag: HIGHLIGHT_START,
    highlightPostTag: HIGHLIGHT_END,
  }
  const queries: FederatedMultiSearchParams['queries'] =
    language === 'de'
      ? [{ indexUid: publicationsIndexUid('de'), ...shared }]
      : [
          { indexUid: publicationsIndexUid('en'), ...shared },
          { indexUid: publicationsIndexUid('de'), filter: 'translations != en', ...shared },
        ]

  const client = await getSearchClient()
  const response = await client.multiSearch<FederatedMultiSearchParams, PublicationSearchRecord>({
    federation: { limit, offset: (Math.max(1, page) - 1) * limit },
    queries,
  })
  return {
    query,
    page,
    hitsPerPage: limit,
    totalHits: response.estimatedTotalHits ?? response.hits.length,
    hits: response.hits.map((hit) => {
      const formatted = (hit._formatted ?? {}) as Partial<Record<string, string>>
      return {
        ...(hit as PublicationSearchRecord),
        highlighted: {
          title: formatted.title ?? hit.title,
          summary: formatted.summary ?? hit.summary,
          body: formatted.body ?? '',
        },
      }
    }),
  }
}
