import type { FederatedMultiSearchParams, SearchParams } from 'meilisearch'

import {
  FACET_ATTRIBUTES,
  publicationsIndexUid,
  type FacetAttribute,
  type SearchLanguage,
} from './indexes'
import { getSearchClient } from './meiliClients'
import { expandQuery } from './synonyms'
import type { PublicationSearchRecord } from './searchRecord'

// Private-use characters cannot occur in content, so highlights survive HTML escaping intact.
export const HIGHLIGHT_START = '\uE000'
export const HIGHLIGHT_END = '\uE001'
export const MAX_HITS_PER_PAGE = 50

export type SearchFilters = Partial<Record<FacetAttribute, (string | number)[]>>

export type PublicationQuery = {
  query: string
  language?: SearchLanguage
  filters?: SearchFilters
  sort?: 'relevance' | 'date'
  page?: number
  hitsPerPage?: number
  /** The editors' list (`getSynonymGroups`); the built-in default when not given. */
  synonymGroups?: string[][]
}

export type PublicationHit = PublicationSearchRecord & {
  highlighted: {
    title: string
    summary: string
    body: string
    /** Panel findings the query matched, so a hit can link straight to #anchor. */
    findings: { anchor: string; statement: string }[]
  }
}

export type PublicationSearchResult = {
  query: string
  page: number
  hitsPerPage: number
  totalHits: number
  totalPages: number
  hits: PublicationHit[]
  facets: Partial<Record<FacetAttribute, Record<string, number>>>
}

/** `topics = "KI" AND (type = "talk" OR type = "panel")`, values quoted and escaped. */
export function toMeilisearchFilter(filters: SearchFilters = {}): string[] {
  return Object.entries(filters)
    .filter(([, values]) => values && values.length > 0)
    .map(([attribute, values]) => {
      const alternatives = values!.map((value) =>
        typeof value === 'number'
          ? `${attribute} = ${value}`
          : `${attribute} = ${JSON.stringify(value)}`,
      )
      return `(${alternatives.join(' OR ')})`
    })
}

/**
 * The one Meilisearch request (federated multi-search) that answers a query. An English reader
 * also gets German publications that have no English version (German is the primary language).
 */
export function federatedSearchRequest({
  query,
  language = 'de',
  filters,
  sort = 'relevance',
  page = 1,
  hitsPerPage = 10,
  synonymGroups,
}: PublicationQuery): FederatedMultiSearchParams {
  const limit = Math.min(Math.max(1, hitsPerPage), MAX_HITS_PER_PAGE)
  const filter = toMeilisearchFilter(filters)
  const shared: SearchParams = {
    attributesToHighlight: ['title', 'summary', 'findings.statement'],
    attributesToCrop: ['body'],
    cropLength: 30,
    highlightPreTag: HIGHLIGHT_START,
    highlightPostTag: HIGHLIGHT_END,
    ...(sort === 'date' ? { sort: ['publishedAt:desc'] } : {}),
  }
  const sources =
    language === 'de'
      ? [{ indexUid: publicationsIndexUid('de'), filter }]
      : [
          { indexUid: publicationsIndexUid('en'), filter },
          { indexUid: publicationsIndexUid('de'), filter: [...filter, 'translations != en'] },
        ]
  // Every (index, query variant) pair is one federated query; a document matched by several
  // is returned once, and facets count it once.
  const variants = expandQuery(query, synonymGroups)
  return {
    federation: {
      limit,
      offset: (Math.max(1, page) - 1) * limit,
      facetsByIndex: Object.fromEntries(
        sources.map(({ indexUid }) => [indexUid, [...FACET_ATTRIBUTES]]),
      ),
      mergeFacets: {},
    },
    queries: sources.flatMap((source) => variants.map((q) => ({ ...source, ...shared, q }))),
  }
}

function matchedFindings(findings: unknown): { anchor: string; statement: string }[] {
  if (!Array.isArray(findings)) return []
  return findings.filter(
    (finding): finding is { anchor: string; statement: string } =>
      typeof finding?.anchor === 'string' &&
      typeof finding.statement === 'string' &&
      finding.statement.includes(HIGHLIGHT_START),
  )
}

/** Searches published content in the reader's language: hits, facet counts, highlights. */
export async function searchPublications(
  publicationQuery: PublicationQuery,
): Promise<PublicationSearchResult> {
  const { query, page = 1 } = publicationQuery
  const request = federatedSearchRequest(publicationQuery)
  const limit = request.federation.limit!
  const client = await getSearchClient()
  const response = await client.multiSearch<FederatedMultiSearchParams, PublicationSearchRecord>(
    request,
  )
  const totalHits = response.estimatedTotalHits ?? response.hits.length
  return {
    query,
    page,
    hitsPerPage: limit,
    totalHits,
    totalPages: Math.ceil(totalHits / limit),
    facets: (response.facetDistribution ?? {}) as PublicationSearchResult['facets'],
    hits: response.hits.map((hit) => {
      const formatted = (hit._formatted ?? {}) as Partial<Record<string, unknown>>
      const { _formatted, _federation, ...record } = hit as typeof hit & { _federation?: unknown }
      void _formatted
      void _federation
      return {
        ...(record as PublicationSearchRecord),
        highlighted: {
          title: typeof formatted.title === 'string' ? formatted.title : hit.title,
          summary: typeof formatted.summary === 'string' ? formatted.summary : hit.summary,
          body: typeof formatted.body === 'string' ? formatted.body : '',
          findings: matchedFindings(formatted.findings),
        },
      }
    }),
  }
}
