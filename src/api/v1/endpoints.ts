import type { Endpoint, PayloadRequest } from 'payload'

import { getEnv } from '@/env'
import type { PublicationCollection } from '@/publicationTypes'
import { getSynonymGroups } from '@/search/synonymGroups'

import { cachedJson, cachedText } from '../conditional'
import { parseQueryParameters } from '../params'
import { problemResponse, searchUnavailableResponse } from '../problem'
import { withRateLimit } from '../rateLimit'
import { apiIndex } from './apiIndex'
import { exportPublications, publicationsCsv } from './export'
import { docsPage } from './docsPage'
import { openApiDocument } from './openapi'
import { SearchQuery, searchV1 } from './search'
import { getPublication, listPublications } from './publications'
import { PUBLICATION_TYPE_NAMES, PUBLICATION_TYPES, type PublicationTypeName } from './resources'
import {
  getReferenceData,
  listReferenceData,
  REFERENCE_TYPE_NAMES,
  type ReferenceTypeName,
} from './referenceData'
import {
  DetailQuery,
  ExportQuery,
  ListQuery,
  ReferenceDetailQuery,
  ReferenceListQuery,
} from './schemas'

const searchParams = (req: PayloadRequest) =>
  new URL(req.url ?? '/', 'http://localhost').searchParams

type Resource =
  | { kind: 'publications'; collection: PublicationCollection }
  | { kind: 'reference'; type: ReferenceTypeName }

const TYPE_NAMES = [...PUBLICATION_TYPE_NAMES, ...REFERENCE_TYPE_NAMES]

function resourceOf(req: PayloadRequest): Resource | undefined {
  const type = String(req.routeParams?.type ?? '')
  if (PUBLICATION_TYPE_NAMES.includes(type as PublicationTypeName)) {
    return { kind: 'publications', collection: PUBLICATION_TYPES[type as PublicationTypeName] }
  }
  if (REFERENCE_TYPE_NAMES.includes(type as ReferenceTypeName)) {
    return { kind: 'reference', type: type as ReferenceTypeName }
  }
  return undefined
}

const unknownType = (req: PayloadRequest) =>
  problemResponse({
    title: 'Unknown type',
    status: 404,
    detail: `There is no type "${String(req.routeParams?.type)}"; types are: ${TYPE_NAMES.join(', ')}.`,
  })

const notFound = (req: PayloadRequest, idOrSlug: string) =>
  problemResponse({
    title: 'Not found',
    status: 404,
    detail: `No published item of type "${String(req.routeParams?.type)}" has the id or slug "${idOrSlug}".`,
  })

async function list(req: PayloadRequest, resource: Resource): Promise<Response> {
  if (resource.kind === 'reference') {
    const parsed = parseQueryParameters(ReferenceListQuery, searchParams(req))
    if (!parsed.ok) return problemResponse(parsed.problem)
    return cachedJson(req, await listReferenceData(req.payload, resource.type, parsed.data))
  }
  const parsed = parseQueryParameters(ListQuery, searchParams(req))
  if (!parsed.ok) return problemResponse(parsed.problem)
  return cachedJson(req, await listPublications(req.payload, resource.collection, parsed.data))
}

async function detail(req: PayloadRequest, resource: Resource): Promise<Response> {
  const idOrSlug = String(req.routeParams?.idOrSlug ?? '')
  const schema = resource.kind === 'reference' ? ReferenceDetailQuery : DetailQuery
  const parsed = parseQueryParameters(schema, searchParams(req))
  if (!parsed.ok) return problemResponse(parsed.problem)
  const item =
    resource.kind === 'reference'
      ? await getReferenceData(req.payload, resource.type, idOrSlug, parsed.data.language)
      : await getPublication(req.payload, resource.collection, idOrSlug, parsed.data)
  return item ? cachedJson(req, item) : notFound(req, idOrSlug)
}

async function search(req: PayloadRequest): Promise<Response> {
  const parsed = parseQueryParameters(SearchQuery, searchParams(req))
  if (!parsed.ok) return problemResponse(parsed.problem)
  try {
    return cachedJson(req, await searchV1(parsed.data, await getSynonymGroups(req.payload)), {
      maxAgeSeconds: 10,
    })
  } catch (error) {
    req.payload.logger.error({ err: error }, 'API v1 search failed')
    return searchUnavailableResponse()
  }
}

async function exportOf(req: PayloadRequest): Promise<Response> {
  const resource = resourceOf(req)
  if (resource?.kind !== 'publications') return unknownType(req)
  const parsed = parseQueryParameters(ExportQuery, searchParams(req))
  if (!parsed.ok) return problemResponse(parsed.problem)
  const { format, language } = parsed.data
  const items = await exportPublications(req.payload, resource.collection, language)
  const filename = `wissenshub-${String(req.routeParams?.type)}-${language}.${format}`
  if (format === 'json') return cachedJson(req, items, { maxAgeSeconds: 300 })
  return cachedText(req, publicationsCsv(items), {
    maxAgeSeconds: 300,
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
    },
  })
}

/** API v1: a versioned, documented read API over published content (`/api/v1/...`). */
export const apiV1Endpoints: Endpoint[] = [
  {
    path: '/v1',
    method: 'get',
    handler: (req) =>
      withRateLimit(req, async () =>
        cachedJson(req, apiIndex(getEnv().SERVER_URL), { maxAgeSeconds: 300 }),
      ),
  },
  {
    path: '/v1/openapi.json',
    method: 'get',
    handler: (req) =>
      withRateLimit(req, async () =>
        cachedJson(req, openApiDocument(getEnv().SERVER_URL), { maxAgeSeconds: 300 }),
      ),
  },
  {
    path: '/v1/docs',
    method: 'get',
    handler: (req) =>
      withRateLimit(req, async () =>
        cachedText(req, docsPage(openApiDocument(getEnv().SERVER_URL)), {
          maxAgeSeconds: 300,
          headers: { 'Content-Type': 'text/html; charset=utf-8' },
        }),
      ),
  },
  {
    path: '/v1/search',
    method: 'get',
    handler: (req) => withRateLimit(req, () => search(req)),
  },
  {
    path: '/v1/export/:type',
    method: 'get',
    handler: (req) => withRateLimit(req, () => exportOf(req)),
  },
  {
    path: '/v1/:type',
    method: 'get',
    handler: (req) =>
      withRateLimit(req, async () => {
        const resource = resourceOf(req)
        return resource ? list(req, resource) : unknownType(req)
      }),
  },
  {
    path: '/v1/:type/:idOrSlug',
    method: 'get',
    handler: (req) =>
      withRateLimit(req, async () => {
        const resource = resourceOf(req)
        return resource ? detail(req, resource) : unknownType(req)
      }),
  },
]
