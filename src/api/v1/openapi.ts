import { z } from 'zod'

import { CSV_COLUMNS } from './export'
import { REFERENCE_TYPE_NAMES } from './referenceData'
import { PUBLICATION_TYPE_NAMES } from './resources'
import { SEARCH_PARAMETERS } from './search'
import {
  DETAIL_PARAMETERS,
  EXPORT_PARAMETERS,
  LIST_PARAMETERS,
  REFERENCE_LIST_PARAMETERS,
  v1Schemas,
} from './schemas'

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` })

function withoutSchemaKeywords(schema: Record<string, unknown>) {
  const { $schema, $id, ...rest } = schema
  void $schema
  void $id
  return rest
}

type JsonSchema = Record<string, unknown>

/**
 * A repeatable parameter is parsed from "one value or several" (`anyOf: [value, value[]]`); in
 * OpenAPI that is an array sent as repeated parameters (form style, exploded), and one value is
 * an array of one.
 */
function asRepeatable(schema: JsonSchema): JsonSchema {
  const [one, many] = (schema.anyOf as JsonSchema[] | undefined) ?? []
  if (!one || !many || many.type !== 'array') return schema
  return { type: 'array', items: one, ...(many.maxItems ? { maxItems: many.maxItems } : {}) }
}

function queryParameters(parameters: Record<string, z.ZodType>) {
  return Object.entries(parameters).map(([name, schema]) => {
    const { description, ...json } = withoutSchemaKeywords(
      z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
    )
    const declared = asRepeatable(json)
    return {
      name,
      in: 'query',
      required: false,
      description,
      schema: declared,
      ...(declared.type === 'array' ? { style: 'form', explode: true } : {}),
    }
  })
}

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
})

const rateLimitHeaders = {
  RateLimit: {
    description: 'limit, remaining and reset (seconds) of your quota',
    schema: { type: 'string' },
  },
  'RateLimit-Policy': { description: 'requests;w=window seconds', schema: { type: 'string' } },
}

const tooManyRequests = {
  description: 'Over your quota; wait Retry-After seconds',
  headers: { 'Retry-After': { schema: { type: 'integer' } }, ...rateLimitHeaders },
  content: { 'application/problem+json': { schema: ref('Problem') } },
}

const ok = (schemaId: string) => ({
  description: 'OK',
  headers: {
    ETag: { description: 'Validator for If-None-Match.', schema: { type: 'string' } },
    'Cache-Control': { schema: { type: 'string' } },
    ...rateLimitHeaders,
  },
  content: { 'application/json': { schema: ref(schemaId) } },
})

const typeParameter = {
  name: 'type',
  in: 'path',
  required: true,
  schema: { type: 'string', enum: PUBLICATION_TYPE_NAMES },
}

// `item` and `plural` name the operations too: listPeople, getPerson, …
const REFERENCE_SCHEMAS = {
  people: {
    item: 'Person',
    plural: 'People',
    page: 'PersonPage',
    what: 'People (speakers, authors, moderators)',
  },
  organisations: {
    item: 'Organisation',
    plural: 'Organisations',
    page: 'OrganisationPage',
    what: 'Organisations',
  },
  topics: { item: 'Topic', plural: 'Topics', page: 'TopicPage', what: 'Topics' },
} as const

function referencePaths() {
  const idOrSlug = { name: 'idOrSlug', in: 'path', required: true, schema: { type: 'string' } }
  const language = queryParameters({ language: LIST_PARAMETERS.language })
  return Object.fromEntries(
    REFERENCE_TYPE_NAMES.flatMap((type) => {
      const { item, plural, page, what } = REFERENCE_SCHEMAS[type]
      return [
        [
          `/${type}`,
          {
            get: {
              operationId: `list${plural}`,
              summary: what,
              parameters: queryParameters(REFERENCE_LIST_PARAMETERS),
              responses: {
                '200': ok(page),
                '304': { description: 'Not modified (If-None-Match)' },
                '400': problem('A parameter is unknown or has a bad value'),
                '429': tooManyRequests,
              },
            },
          },
        ],
        [
          `/${type}/{idOrSlug}`,
          {
            get: {
              operationId: `get${item}`,
              summary: `One of ${what.toLowerCase()} by id or slug`,
              parameters: [idOrSlug, ...language],
              responses: {
                '200': ok(item),
                '304': { description: 'Not modified (If-None-Match)' },
                '400': problem('A parameter is unknown or has a bad value'),
                '404': problem('No item with this id or slug'),
                '429': tooManyRequests,
              },
            },
          },
        ],
      ]
    }),
  )
}

const csvDescription =
  `RFC 4180, UTF-8 with BOM, CRLF line ends; columns: ${CSV_COLUMNS.join(', ')}; ` +
  'lists joined with "; "'

/** The OpenAPI 3.1 document of API v1, generated from the same schemas the code parses with. */
export function openApiDocument(serverUrl: string) {
  const { schemas } = z.toJSONSchema(v1Schemas, { uri: (id) => `#/components/schemas/${id}` })
  return {
    openapi: '3.1.0',
    info: {
      title: 'Wissenshub API',
      version: '1.0.0',
      description:
        'Published talks, impulses, panels, research notes, press releases and events. ' +
        'Stable within v1: fields are only ever added. Partners send their key as ' +
        '`Authorization: users API-Key <key>`; anonymous reading is allowed.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: new URL('/api/v1', serverUrl).toString() }],
    security: [{}, { partnerKey: [] }],
    paths: {
      '/{type}': {
        get: {
          operationId: 'listPublications',
          summary: 'Published items of one type, newest first',
          parameters: [typeParameter, ...queryParameters(LIST_PARAMETERS)],
          responses: {
            '200': ok('PublicationPage'),
            '304': { description: 'Not modified (If-None-Match)' },
            '400': problem('A parameter is unknown or has a bad value'),
            '404': problem('No such type'),
            '429': tooManyRequests,
          },
        },
      },
      '/{type}/{idOrSlug}': {
        get: {
          operationId: 'getPublication',
          summary: 'One published item by id or slug',
          parameters: [
            typeParameter,
            { name: 'idOrSlug', in: 'path', required: true, schema: { type: 'string' } },
            ...queryParameters(DETAIL_PARAMETERS),
          ],
          responses: {
            '200': ok('PublicationOrSelection'),
            '304': { description: 'Not modified (If-None-Match)' },
            '400': problem('A parameter is unknown or has a bad value'),
            '404': problem('No such type, or no published item with this id or slug'),
            '429': tooManyRequests,
          },
        },
      },
      '/search': {
        get: {
          operationId: 'searchPublications',
          summary: 'Full-text search across every type, with facet counts (German-aware)',
          parameters: queryParameters(SEARCH_PARAMETERS),
          responses: {
            '200': ok('SearchResult'),
            '304': { description: 'Not modified (If-None-Match)' },
            '400': problem('A parameter is unknown or has a bad value'),
            '429': tooManyRequests,
            '503': problem('The search service is not reachable'),
          },
        },
      },
      '/export/{type}': {
        get: {
          operationId: 'exportPublications',
          summary: 'Every published item of one type, oldest first, as JSON or CSV',
          parameters: [typeParameter, ...queryParameters(EXPORT_PARAMETERS)],
          responses: {
            '200': {
              description: `OK: JSON, or CSV (${csvDescription}).`,
              headers: ok('Publication').headers,
              content: {
                'application/json': { schema: { type: 'array', items: ref('Publication') } },
                'text/csv': { schema: { type: 'string', description: csvDescription } },
              },
            },
            '304': { description: 'Not modified (If-None-Match)' },
            '400': problem('A parameter is unknown or has a bad value'),
            '404': problem('No such type'),
            '429': tooManyRequests,
          },
        },
      },
      ...referencePaths(),
    },
    components: {
      securitySchemes: {
        partnerKey: {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description: 'users API-Key <key>: a higher rate limit than anonymous clients',
        },
      },
      schemas: Object.fromEntries(
        Object.entries(schemas).map(([id, schema]) => [id, withoutSchemaKeywords(schema)]),
      ),
    },
  }
}
