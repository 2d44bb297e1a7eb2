import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { searchPublications, type PublicationSearchResult } from '@/search/searchPublications'
import { COLLECTION_OF_TYPE, type PublicationType } from '@/search/searchRecord'
import { getSynonymGroups } from '@/search/synonymGroups'
import { Highlighted } from '@/site/components/Highlighted'
import { formatDate } from '@/site/formatDate'
import { alternatesOf } from '@/site/metadata'
import { pagePath, searchPath, type SiteLocale } from '@/site/paths'
import { getSitePayload } from '@/site/payloadClient'
import { SearchForm } from '@/site/search/SearchForm'
import { searchParamsOfState } from '@/site/search/searchPagePath'
import {
  activeFilters,
  PAGE_FACETS,
  searchHref,
  type PageFacet,
  searchStateFrom,
  type RawSearchParams,
} from '@/site/search/searchState'

type Props = { params: Promise<{ locale: SiteLocale }>; searchParams: Promise<RawSearchParams> }

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: SiteLocale }>
}): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'search' })
  // A site's own search results are not for search engines (nor in the sitemap).
  return {
    title: t('title'),
    alternates: alternatesOf(locale, searchPath),
    robots: { index: false },
  }
}

/** A search rendered per request: only when Meilisearch cannot say how far its indexes are. */
export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params
  return <SearchResults locale={locale} raw={await searchParams} />
}

type CachedProps = { params: Promise<{ locale: SiteLocale; generation: string; state: string }> }

/**
 * Every other search, reached through the proxy's rewrite (src/site/search/searchPagePath.ts)
 * and served from the full-route cache while the indexes stay as they are.
 */
export async function CachedSearchPage({ params }: CachedProps) {
  const { locale, generation, state } = await params
  if (!/^\d+$/.test(generation)) notFound()
  return (
    <SearchResults locale={locale} raw={searchParamsOfState(state)} indexGeneration={generation} />
  )
}

async function SearchResults({
  locale,
  raw,
  indexGeneration,
}: {
  locale: SiteLocale
  raw: RawSearchParams
  indexGeneration?: string
}) {
  setRequestLocale(locale)
  const t = await getTranslations('search')
  const types = await getTranslations('types')
  const typeLabel = (type: string) =>
    type in COLLECTION_OF_TYPE ? types(`${COLLECTION_OF_TYPE[type as PublicationType]}.one`) : type
  const state = searchStateFrom(raw, locale)
  const base = searchPath(locale)

  let result: PublicationSearchResult | undefined
  let unavailable = false
  if (state.ok) {
    try {
      const synonymGroups = await getSynonymGroups(await getSitePayload())
      result = await searchPublications({ ...state.query, synonymGroups }, { indexGeneration })
    } catch (error) {
      // A cached page must not keep "unavailable" for a minute after a hiccup: fail this render
      // (the error page; the next request renders again). Outages that last are answered by the
      // per-request page, which says search is unavailable.
      if (indexGeneration !== undefined) throw error
      unavailable = true
    }
  }
  const query = state.ok ? state.query.query : ''
  const filters = state.ok ? activeFilters(state.query) : []
  const labelOf = (facet: PageFacet, value: string) =>
    facet === 'type'
      ? typeLabel(value)
      : ((result?.facetLabels as Partial<Record<string, Record<string, string>>> | undefined)?.[
          facet
        ]?.[value] ?? value)
  const facets = PAGE_FACETS.map((facet) => ({
    facet,
    values: Object.entries(result?.facets[facet] ?? {})
      .map(([value, count]) => ({
        value,
        count,
        selected: filters.some((f) => f.facet === facet && f.value === value),
        label: labelOf(facet, value),
      }))
      .sort((a, b) => Number(b.selected) - Number(a.selected) || b.count - a.count)
      .slice(0, 12),
  })).filter(({ values }) => values.length > 0)

  // A new form for other filters or order (so checkboxes match the URL after "back"). A new query
  // mounts a new form too where the search is rendered at its own path (searchPagePath); the
  // search field hands its text and focus over (SearchForm).
  const formKey = searchHref('', state.params, (next) => {
    next.delete('q')
    next.delete('page')
  })

  return (
    <>
      <h1>{t('title')}</h1>
      <a className="skip-to-results" href="#treffer">
        {t('skipToResults')}
      </a>
      <SearchForm
        key={formKey}
        action={base}
        query={query}
        sort={state.ok ? (state.query.sort ?? 'relevance') : 'relevance'}
        facets={facets}
        activeFilters={filters.length}
      >
        {!state.ok && (
          <div role="alert" className="notice">
            <p>{state.problem}</p>
            <Link href={base}>{t('clearFilters')}</Link>
          </div>
        )}
        {unavailable && (
          <p role="alert" className="notice">
            {t('unavailable')}
          </p>
        )}

        {result && (
          <section aria-labelledby="treffer" className="results">
            <h2 id="treffer" aria-live="polite" tabIndex={-1}>
              {query
                ? t('results', { count: result.totalHits, query })
                : t('resultsAll', { count: result.totalHits })}
            </h2>
            {filters.length > 0 && (
              <ul className="active-filters" aria-label={t('filters')}>
                {filters.map(({ facet, value }) => (
                  <li key={`${facet}-${value}`}>
                    <Link
                      href={searchHref(base, state.params, (next) => {
                        next.delete('page')
                        const kept = next.getAll(facet).filter((v) => v !== value)
                        next.delete(facet)
                        for (const v of kept) next.append(facet, v)
                      })}
                      aria-label={t('removeFilter', { value })}
                    >
                      {labelOf(facet, value)} ×
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            {result.totalHits === 0 ? (
              <div className="notice">
                <p>
                  <strong>{t('emptyTitle')}</strong>
                </p>
                <p>{t('emptyHelp')}</p>
              </div>
            ) : (
              <ol className="publication-list" data-testid="search-results">
                {result.hits.map((hit) => (
                  <li key={`${hit.language}-${hit.id}`}>
                    <span className="type-label">{typeLabel(hit.type)}</span>
                    <Link href={pagePath(hit.collection, hit.slug, locale)} className="card-title">
                      <Highlighted text={hit.highlighted.title} />
                    </Link>
                    <div className="meta">
                      {hit.date && <time dateTime={hit.date}>{formatDate(hit.date, locale)}</time>}
                      {hit.date && hit.people.length > 0 && ' · '}
                      {hit.people.join(', ')}
                    </div>
                    {hit.explanation && <div className="meta">{hit.explanation}</div>}
                    <p className="card-summary">
                      <Highlighted text={hit.highlighted.summary || hit.highlighted.body} />
                    </p>
                    {hit.highlighted.findings.length > 0 && (
                      <ul className="matched-findings">
                        {hit.highlighted.findings.slice(0, 3).map((finding) => (
                          <li key={finding.anchor}>
                            <Link
                              href={`${pagePath(hit.collection, hit.slug, locale)}#${finding.anchor}`}
                            >
                              <Highlighted text={finding.statement} />
                            </Link>
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ol>
            )}
            {result.totalPages > 1 && (
              <nav aria-label={t('pagination')} className="pagination">
                {result.page > 1 && (
                  <Link
                    rel="prev"
                    href={searchHref(base, state.params, (next) =>
                      next.set('page', String(result.page - 1)),
                    )}
                  >
                    {t('previous')}
                  </Link>
                )}
                <span>{t('pageOf', { page: result.page, pages: result.totalPages })}</span>
                {result.page < result.totalPages && (
                  <Link
                    rel="next"
                    href={searchHref(base, state.params, (next) =>
                      next.set('page', String(result.page + 1)),
                    )}
                  >
                    {t('next')}
                  </Link>
                )}
              </nav>
            )}
          </section>
        )}
      </SearchForm>
    </>
  )
}
