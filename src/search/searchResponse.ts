import type { Payload } from 'payload'

import { problemResponse, searchUnavailableResponse } from '@/api/problem'

import { parseSearchRequest } from './searchRequest'
import { searchPublications, type PublicationSearchResult } from './searchPublications'
import { getSynonymGroups } from './synonymGroups'

// A repeated search gets the same result object from the cache until the indexes change
// (searchCache.ts), so each is turned into JSON bytes once (with 16 clients on one cached search,
// turning it into JSON every time took 6 % of the app server's CPU, encoding the text 4 %).
const bodyOfResult = new WeakMap<PublicationSearchResult, Uint8Array<ArrayBuffer>>()
const utf8 = new TextEncoder()

function body(result: PublicationSearchResult): Uint8Array<ArrayBuffer> {
  let bytes = bodyOfResult.get(result)
  if (bytes === undefined) {
    bytes = utf8.encode(JSON.stringify(result))
    bodyOfResult.set(result, bytes)
  }
  return bytes
}

/**
 * `GET /api/search?q=…&type=talk&topics=…&sort=date&page=2&language=en`
 * (src/app/api/search/route.ts): published content only (the index holds nothing else), with
 * facet counts and highlights.
 */
export async function searchResponse(request: Request, payload: Payload): Promise<Response> {
  const parsed = parseSearchRequest(new URL(request.url).searchParams)
  if (!parsed.ok) return problemResponse(parsed.problem)
  try {
    const synonymGroups = await getSynonymGroups(payload)
    const result = await searchPublications({ ...parsed.query, synonymGroups })
    return new Response(body(result), {
      headers: { 'Content-Type': 'application/json', 'Cache-Control': 'public, max-age=10' },
    })
  } catch (error) {
    payload.logger.error({ err: error }, 'search failed')
    return searchUnavailableResponse()
  }
}
