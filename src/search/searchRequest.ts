import { z } from 'zod'

import { parseQueryParameters } from '@/api/params'
import type { ProblemDetails } from '@/api/problem'

import { SEARCH_LANGUAGES } from './indexes'
import { MAX_HITS_PER_PAGE, type PublicationQuery } from './searchPublications'

const list = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : [value]))
  .pipe(z.array(z.string().trim().min(1).max(200)).max(20))

const years = list.pipe(
  z.array(
    z
      .string()
      .regex(/^\d{4}$/, 'year must be four digits, e.g. 2021')
      .transform(Number),
  ),
)

const searchParamsSchema = z
  .object({
    q: z.string().max(200, 'q may be at most 200 characters').default(''),
    language: z.enum(SEARCH_LANGUAGES).default('de'),
    sort: z.enum(['relevance', 'date']).default('relevance'),
    page: z.coerce.number().int().min(1).max(1000).default(1),
    hitsPerPage: z.coerce.number().int().min(1).max(MAX_HITS_PER_PAGE).default(10),
    type: list.optional(),
    topics: list.optional(),
    event: list.optional(),
    people: list.optional(),
    organisations: list.optional(),
    regions: list.optional(),
    year: years.optional(),
  })
  .strict()

/** Turns URL parameters into a query, or a 400 problem that names every bad parameter. */
export function parseSearchRequest(
  params: URLSearchParams,
): { ok: true; query: PublicationQuery } | { ok: false; problem: ProblemDetails } {
  const parsed = parseQueryParameters(searchParamsSchema, params)
  if (!parsed.ok)
    return { ok: false, problem: { ...parsed.problem, title: 'Invalid search request' } }
  // `language` picks the reader's language (and so the indexes); the other facets filter.
  const { q, language, sort, page, hitsPerPage, ...filters } = parsed.data
  return { ok: true, query: { query: q, language, sort, page, hitsPerPage, filters } }
}
