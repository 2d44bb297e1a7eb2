import type { Endpoint } from 'payload'

import { problemResponse, searchUnavailableResponse } from '@/api/problem'

import { parseSearchRequest } from './searchRequest'
import { searchPublications } from './searchPublications'
import { getSynonymGroups } from './synonymGroups'

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
      return Response.json(result, { headers: { 'Cache-Control': 'public, max-age=10' } })
    } catch (error) {
      req.payload.logger.error({ err: error }, 'search failed')
      return searchUnavailableResponse()
    }
  },
}
