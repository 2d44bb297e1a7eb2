import type { Endpoint } from 'payload'

import { problemResponse, searchUnavailableResponse } from '@/api/problem'

import { parseSearchRequest } from './searchRequest'
import { searchPublications, type PublicationSearchResult } from './searchPublications'
import { getSynonymGroups } from './synonymGroups'

// A repeated search gets the same result object from the cache until the indexes change
// (searchCache.ts), so each is turned into JSON once (with 16 clients on one cached search, turning
// it into JSON every time took 6 % of the app server's CPU).
const jsonOfResult = new WeakMap<PublicationSearchResult, string>()

function json(result: PublicationSearchResult): string {
  let text = jsonOfResult.get(result)
  if (text === undefined) {
    text = JSON.stringify(result)
    jsonOfResult.set(result, text)
  }
  return text
}

/**
 * `GET /api/search?q=…&type=talk&topics=…&sort=date&page=2&language=en`: published content only
 * (the index holds nothing else), with facet counts and highlights.
 */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const parsed = parseSearchRequest(url.searchParams)
    if (!parsed.ok) return problemResponse(parsed.problem)
    try {
      const synonymGroups = await getSynonymGroups(req.payload)
      const result = await searchPublications({ ...parsed.query, synonymGroups })
      return new Response(json(result), {
        headers: { 'Content-Type': 'application/json', 'Cache-Control': 'public, max-age=10' },
      })
    } catch (error) {
      req.payload.logger.error({ err: error }, 'search failed')
      return searchUnavailableResponse()
    }
  },
}
