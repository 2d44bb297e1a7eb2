import { FACET_ATTRIBUTES, type FacetAttribute } from '@/search/indexes'
import type { PublicationQuery } from '@/search/searchPublications'
import { parseSearchRequest } from '@/search/searchRequest'

import type { SiteLocale } from '../paths'

/** Facets offered on the search page (language is the page's own). */
export const PAGE_FACETS = FACET_ATTRIBUTES.filter(
  (facet): facet is Exclude<FacetAttribute, 'language'> => facet !== 'language',
)
export type PageFacet = (typeof PAGE_FACETS)[number]

const PAGE_PARAMETERS = ['q', 'sort', 'page', ...PAGE_FACETS] as const

export type RawSearchParams = Record<string, string | string[] | undefined>

/**
 * The search page's state lives in its URL (shareable, back button). Parameters the page does
 * not know (tracking tags, the language) are dropped; bad values become a readable problem.
 */
export function searchStateFrom(raw: RawSearchParams, locale: SiteLocale) {
  const params = new URLSearchParams()
  for (const name of PAGE_PARAMETERS) {
    const value = raw[name]
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      if (item !== '') params.append(name, item)
    }
  }
  params.set('language', locale)
  const parsed = parseSearchRequest(params)
  params.delete('language')
  return parsed.ok
    ? { ok: true as const, query: parsed.query, params }
    : { ok: false as const, problem: parsed.problem.detail ?? parsed.problem.title, params }
}

/** The URL of the same search with one change (a filter toggled, another page). */
export function searchHref(
  base: string,
  params: URLSearchParams,
  change: (next: URLSearchParams) => void,
) {
  const next = new URLSearchParams(params)
  change(next)
  const query = next.toString()
  return query ? `${base}?${query}` : base
}

export const activeFilters = (query: PublicationQuery) =>
  Object.entries(query.filters ?? {}).flatMap(([facet, values]) =>
    (values ?? []).map((value) => ({ facet: facet as PageFacet, value: String(value) })),
  )
