import type { Endpoint, PayloadRequest } from 'payload'

import { getEnv } from '@/env'

import { cachedJson } from '../conditional'
import { parseQueryParameters } from '../params'
import { problemResponse } from '../problem'
import { withRateLimit } from '../rateLimit'
import { openApiDocument } from './openapi'
import { getPublication, listPublications } from './publications'
import { PUBLICATION_TYPE_NAMES, PUBLICATION_TYPES, type PublicationTypeName } from './resources'
import { DetailQuery, ListQuery } from './schemas'

const searchParams = (req: PayloadRequest) =>
  new URL(req.url ?? '/', 'http://localhost').searchParams

function collectionOf(req: PayloadRequest) {
  const type = String(req.routeParams?.type ?? '')
  return PUBLICATION_TYPE_NAMES.includes(type as PublicationTypeName)
    ? PUBLICATION_TYPES[type as PublicationTypeName]
    : undefined
}

const unknownType = (req: PayloadRequest) =>
  problemResponse({
    title: 'Unknown type',
    status: 404,
    detail: `There is no type "${String(req.routeParams?.type)}"; types are: ${PUBLICATION_TYPE_NAMES.join(', ')}.`,
  })

/** API v1: a versioned, documented read API over published content (`/api/v1/...`). */
export const apiV1Endpoints: Endpoint[] = [
  {
    path: '/v1/openapi.json',
    method: 'get',
    handler: (req) =>
      withRateLimit(req, async () =>
        cachedJson(req, openApiDocument(getEnv().SERVER_URL), { maxAgeSeconds: 300 }),
      ),
  },
  {
    path: '/v1/:type',
    method: 'get',
    handler: (req) =>
      withRateLimit(req, async () => {
        const collection = collectionOf(req)
        if (!collection) return unknownType(req)
        const parsed = parseQueryParameters(ListQuery, searchParams(req))
        if (!parsed.ok) return problemResponse(parsed.problem)
        return cachedJson(req, await listPublications(req.payload, collection, parsed.data))
      }),
  },
  {
    path: '/v1/:type/:idOrSlug',
    method: 'get',
    handler: (req) =>
      withRateLimit(req, async () => {
        const collection = collectionOf(req)
        if (!collection) return unknownType(req)
        const parsed = parseQueryParameters(DetailQuery, searchParams(req))
        if (!parsed.ok) return problemResponse(parsed.problem)
        const idOrSlug = String(req.routeParams?.idOrSlug ?? '')
        const publication = await getPublication(req.payload, collection, idOrSlug, parsed.data)
        if (!publication) {
          return problemResponse({
            title: 'Not found',
            status: 404,
            detail: `No published item of type "${String(req.routeParams?.type)}" has the id or slug "${idOrSlug}".`,
          })
        }
        return cachedJson(req, publication)
      }),
  },
]
