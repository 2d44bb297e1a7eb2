import type { PublicationQuery } from '../../src/search/searchPublications'

/**
 * The benchmark's baseline: the search a team would run without the hub, a plain Meilisearch
 * search of the reader's index with the same words, 10 hits, nothing else (no facets, filters,
 * highlights, synonyms or sort). The API's latency is reported as a ratio to this.
 *
 * Uncompressed, as the hub asks Meilisearch (src/search/meiliClients.ts): asked for gzip, Node's
 * fetch gets Meilisearch's answer about 40 ms late, which made this baseline 48 ms instead of
 * 3–5 ms until 2026-12-02.
 */
export function plainSearchRequest(
  meiliHost: string,
  searchKey: string,
  query: PublicationQuery,
  indexPrefix = '',
): { url: string; init: RequestInit } {
  return {
    url: `${meiliHost}/indexes/${indexPrefix}publications-${query.language ?? 'de'}/search`,
    init: {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${searchKey}`,
        'Content-Type': 'application/json',
        'Accept-Encoding': 'identity',
      },
      body: JSON.stringify({ q: query.query, limit: 10 }),
    },
  }
}
