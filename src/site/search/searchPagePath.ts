import { indexGeneration } from '@/search/searchCache'
import { searchPath, searchRoutePath, SITE_LOCALES, type SiteLocale } from '@/site/paths'
import { rawParamsOf } from '@/site/rawParams'

import { searchStateFrom, type RawSearchParams } from './searchState'

/** The state segment of a search without parameters. */
const NOTHING_ASKED = 'alle'

const LOCALE_OF_PATH = new Map<string, SiteLocale>(
  SITE_LOCALES.map((locale) => [searchPath(locale), locale]),
)

/**
 * The route that renders the search a reader asked for ("/suche?q=ki&type=talk" →
 * "/suche/812/cT1raSZ0eXBlPXRhbGs"), or undefined for any other address, or when Meilisearch
 * cannot say how far its indexes are (the search page is then rendered per request).
 * The path holds the index generation (the last batch of changes Meilisearch finished on the
 * publication indexes: src/search/searchCache.ts) and the page's own parameters, so a cached
 * search page is exactly what Meilisearch answers now: every publish, removal or settings change
 * makes a new generation, and pages of old ones are never asked for again (the cache's LRU drops
 * them).
 */
export async function searchPagePath(pathname: string, searchParams: URLSearchParams) {
  const locale = LOCALE_OF_PATH.get(pathname)
  if (!locale) return undefined
  const generation = await indexGeneration().catch(() => undefined)
  if (generation === undefined) return undefined
  const query = searchStateFrom(rawParamsOf(searchParams), locale).params.toString()
  const state = query ? Buffer.from(query).toString('base64url') : NOTHING_ASKED
  return searchRoutePath(generation, state, locale)
}

/** The parameters a state segment of searchPagePath holds. */
export function searchParamsOfState(state: string): RawSearchParams {
  if (state === NOTHING_ASKED) return {}
  return rawParamsOf(new URLSearchParams(Buffer.from(state, 'base64url').toString()))
}
