import { Meilisearch } from 'meilisearch'

/**
 * A Meilisearch client for a test's own look into the indexes, asking for uncompressed answers as
 * the app's clients do (src/search/meiliClients.ts): a gzip answer reaches Node's fetch about
 * 40 ms late, which every poll of a test waiting for the index would pay.
 */
export function testMeiliClient(host: string, apiKey: string): Meilisearch {
  return new Meilisearch({
    host,
    apiKey,
    requestInit: { headers: { 'Accept-Encoding': 'identity' } },
  })
}
