import { z } from 'zod'

import { getEnv } from '@/env'
import { SEARCH_LANGUAGES } from '@/search/indexes'
import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  searchPublications,
  type PublicationQuery,
} from '@/search/searchPublications'
import { PUBLICATION_TYPE, type PublicationType } from '@/search/searchRecord'

import { PUBLICATION_TYPE_NAMES, PUBLICATION_TYPES, type PublicationTypeName } from './resources'
import { v1Schemas } from './schemas'

const MAX_HITS = 50

// v1 type names ⇄ the index's type values.
const INDEX_TYPE = Object.fromEntries(
  PUBLICATION_TYPE_NAMES.map((name) => [name, PUBLICATION_TYPE[PUBLICATION_TYPES[name]]]),
) as Record<PublicationTypeName, PublicationType>
const V1_TYPE = Object.fromEntries(
  Object.entries(INDEX_TYPE).map(([name, type]) => [type, name]),
) as Record<PublicationType, PublicationTypeName>

/**
 * A repeatable parameter: one value or up to 20. Each value's constraints sit on the value
 * itself, before any transform, so that the OpenAPI document declares what is enforced.
 */
const repeatable = <Value extends z.ZodType<string, string>>(value: Value) =>
  z
    .union([value, z.array(value).max(20)])
    .transform((given) => (Array.isArray(given) ? given : [given]).map((one) => one.trim()))

const values = repeatable(z.string().max(200).regex(/\S/, 'a value, not blanks'))

export const SEARCH_PARAMETERS = {
  q: z.string().max(200).default('').describe('Words to search for; empty lists everything.'),
  language: z.enum(SEARCH_LANGUAGES).default('de').describe('Language of the reader.'),
  sort: z.enum(['relevance', 'date']).default('relevance'),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_HITS).default(10),
  type: z
    .union([z.enum(PUBLICATION_TYPE_NAMES), z.array(z.enum(PUBLICATION_TYPE_NAMES))])
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .optional()
    .describe('Repeatable; one of the publication types.'),
  topic: values.optional().describe('Repeatable; a topic by slug or id (as in the lists).'),
  person: values.optional().describe('Repeatable; a person by slug or id.'),
  organisation: values.optional().describe('Repeatable; an organisation by slug or id.'),
  region: values
    .optional()
    .describe('Repeatable; a German Land by its ISO 3166-2 code without "DE-", e.g. SN.'),
  event: values.optional().describe('Repeatable; an event by slug or id.'),
  year: repeatable(z.string().regex(/^\d{4}$/, 'a year, e.g. 2021'))
    .transform((years) => years.map(Number))
    .optional()
    .describe('Repeatable; four digits.'),
}
export const SearchQuery = z.object(SEARCH_PARAMETERS).strict()
export type SearchQuery = z.infer<typeof SearchQuery>

const facetCounts = z.record(z.string(), z.int().min(0))
const facetLabels = z.record(z.string(), z.string())
const ref = z.object({ id: z.string(), slug: z.string(), name: z.string() })

export const SearchResult = z
  .object({
    query: z.string(),
    items: z.array(
      z.object({
        id: z.string(),
        type: z.enum(PUBLICATION_TYPE_NAMES),
        slug: z.string(),
        url: z.url(),
        language: z.enum(SEARCH_LANGUAGES),
        title: z.string(),
        summary: z.string(),
        highlight: z
          .object({ title: z.string(), summary: z.string(), snippet: z.string() })
          .describe('HTML: matches in <mark>, everything else escaped.'),
        publishedAt: z.iso.datetime({ offset: true }).nullable(),
        topics: z.array(ref),
        people: z.array(ref),
        organisations: z.array(ref),
        event: ref.nullable(),
        explanation: z
          .string()
          .nullable()
          .describe('Why the item matched when the words are in its topics or people.'),
      }),
    ),
    facets: z
      .object({
        type: facetCounts,
        topic: facetCounts,
        person: facetCounts,
        organisation: facetCounts,
        region: facetCounts,
        event: facetCounts,
        year: facetCounts,
        language: facetCounts,
      })
      .describe('Counts by slug (region: code); a group ignores its own filter.'),
    facetLabels: z
      .object({
        topic: facetLabels,
        person: facetLabels,
        organisation: facetLabels,
        region: facetLabels,
        event: facetLabels,
      })
      .describe('Display names of the slugs and codes in `facets`.'),
    page: z.int().min(1),
    pageSize: z.int().min(1),
    totalItems: z.int().min(0),
    totalPages: z.int().min(0),
  })
  .register(v1Schemas, { id: 'SearchResult' })

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

const highlightHtml = (text: string) =>
  escapeHtml(text).split(HIGHLIGHT_START).join('<mark>').split(HIGHLIGHT_END).join('</mark>')

/** Search across every type, with facet counts; filters take slugs or ids, as the lists do. */
export async function searchV1(query: SearchQuery, synonymGroups: string[][]) {
  const publicationQuery: PublicationQuery = {
    query: query.q,
    language: query.language,
    sort: query.sort,
    page: query.page,
    hitsPerPage: query.pageSize,
    synonymGroups,
    filters: {
      type: query.type?.map((name) => INDEX_TYPE[name]),
      topics: query.topic,
      people: query.person,
      organisations: query.organisation,
      regions: query.region,
      event: query.event,
      year: query.year,
    },
  }
  const result = await searchPublications(publicationQuery)
  const serverUrl = getEnv().SERVER_URL
  const facet = (name: keyof typeof result.facets) => result.facets[name] ?? {}
  return {
    query: query.q,
    items: result.hits.map((hit) => ({
      id: hit.docId,
      type: V1_TYPE[hit.type],
      slug: hit.slug,
      url: new URL(hit.url, serverUrl).toString(),
      language: hit.language,
      title: hit.title,
      summary: hit.summary,
      highlight: {
        title: highlightHtml(hit.highlighted.title),
        summary: highlightHtml(hit.highlighted.summary),
        snippet: highlightHtml(hit.highlighted.body),
      },
      publishedAt: hit.publishedAt ? new Date(hit.publishedAt * 1000).toISOString() : null,
      topics: hit.refs.topics,
      people: hit.refs.people,
      organisations: hit.refs.organisations,
      event: hit.refs.event,
      explanation: hit.explanation,
    })),
    facets: {
      type: Object.fromEntries(
        Object.entries(facet('type')).map(([type, count]) => [
          V1_TYPE[type as PublicationType],
          count,
        ]),
      ),
      topic: facet('topics'),
      person: facet('people'),
      organisation: facet('organisations'),
      region: facet('regions'),
      event: facet('event'),
      year: facet('year'),
      language: facet('language'),
    },
    facetLabels: {
      topic: result.facetLabels.topics ?? {},
      person: result.facetLabels.people ?? {},
      organisation: result.facetLabels.organisations ?? {},
      region: result.facetLabels.regions ?? {},
      event: result.facetLabels.event ?? {},
    },
    page: query.page,
    pageSize: result.hitsPerPage,
    totalItems: result.totalHits,
    totalPages: result.totalPages,
  }
}
