import type { PublicationCollection } from '@/publicationTypes'

export const SITE_LOCALES = ['de', 'en'] as const
export type SiteLocale = (typeof SITE_LOCALES)[number]
export const DEFAULT_LOCALE: SiteLocale = 'de'

/** Collections with a public page of their own. */
export type PageCollection = PublicationCollection | 'people' | 'organisations' | 'topics'

/**
 * The first path segment of each kind of page, per language. The German one is also the
 * folder name under `src/app/(site)/(de)/`, the English one under `src/app/(site)/(en)/en/`.
 */
export const PAGE_SEGMENTS: Record<PageCollection, Record<SiteLocale, string>> = {
  talks: { de: 'vortraege', en: 'talks' },
  impulses: { de: 'impulse', en: 'impulses' },
  panels: { de: 'diskussionen', en: 'panels' },
  researchNotes: { de: 'forschung', en: 'research' },
  pressReleases: { de: 'presse', en: 'press' },
  events: { de: 'veranstaltungen', en: 'events' },
  people: { de: 'personen', en: 'people' },
  organisations: { de: 'organisationen', en: 'organisations' },
  topics: { de: 'themen', en: 'topics' },
}

export const SEARCH_SEGMENT: Record<SiteLocale, string> = { de: 'suche', en: 'search' }

const withLocale = (locale: SiteLocale, path: string) =>
  locale === DEFAULT_LOCALE ? path : `/${locale}${path === '/' ? '' : path}`

/** Public URL paths; German at the root, English under /en. Plain functions: scripts use them. */
export function pagePath(collection: PageCollection, slug: string, locale: SiteLocale = 'de') {
  return withLocale(locale, `/${PAGE_SEGMENTS[collection][locale]}/${encodeURIComponent(slug)}`)
}

export const publicationPath = (
  collection: PublicationCollection,
  slug: string,
  locale: SiteLocale = 'de',
) => pagePath(collection, slug, locale)

export const homePath = (locale: SiteLocale = 'de') => withLocale(locale, '/')

export const searchPath = (locale: SiteLocale = 'de') =>
  withLocale(locale, `/${SEARCH_SEGMENT[locale]}`)

/**
 * Where the proxy has a search rendered: "/suche?q=ki" → "/suche/<index generation>/<query>"
 * (src/site/search/searchPagePath.ts). Never linked; readers only see the search's path.
 */
export const searchRoutePath = (generation: string, state: string, locale: SiteLocale) =>
  withLocale(locale, `/${SEARCH_SEGMENT[locale]}/${generation}/${state}`)

export const isSiteLocale = (value: unknown): value is SiteLocale =>
  SITE_LOCALES.includes(value as SiteLocale)

/** The same page in another language: "/vortraege/x" ⇄ "/en/talks/x"; unknown paths go home. */
export function alternatePath(pathname: string, target: SiteLocale): string {
  const parts = pathname.split('/').filter(Boolean)
  const source: SiteLocale = parts[0] === 'en' ? 'en' : 'de'
  if (source !== DEFAULT_LOCALE) parts.shift()
  if (parts.length === 0) return homePath(target)
  const [first, ...rest] = parts
  if (first === SEARCH_SEGMENT[source]) return withLocale(target, `/${SEARCH_SEGMENT[target]}`)
  if (first === 'feeds' && rest.length === 0) return feedsPagePath(target)
  if (first === SECTION_LIST_SEGMENT && isPageCollection(rest[0])) {
    return sectionPath(rest[0], target)
  }
  const segments = [...Object.values(PAGE_SEGMENTS), ...Object.values(LEGAL_SEGMENTS)].find(
    (s) => s[source] === first,
  )
  return segments
    ? withLocale(target, `/${[segments[target], ...rest].join('/')}`)
    : homePath(target)
}

export const FEED_FORMATS = ['rss.xml', 'atom.xml', 'feed.json'] as const
export type FeedFormat = (typeof FEED_FORMATS)[number]

/** What a feed lists: everything, one publication type, or everything on one topic. */
export type FeedScope =
  | { kind: 'all' }
  | { kind: 'type'; collection: PublicationCollection }
  | { kind: 'topic'; slug: string }

/** "/feeds/rss.xml", "/feeds/vortraege/atom.xml", "/en/feeds/topics/ki/feed.json". */
export function feedPath(scope: FeedScope, format: FeedFormat, locale: SiteLocale = 'de') {
  const middle =
    scope.kind === 'type'
      ? [PAGE_SEGMENTS[scope.collection][locale]]
      : scope.kind === 'topic'
        ? [PAGE_SEGMENTS.topics[locale], encodeURIComponent(scope.slug)]
        : []
  return withLocale(locale, `/${['feeds', ...middle, format].join('/')}`)
}

/** The page that explains the feeds and lists them all: "/feeds", "/en/feeds". */
export const feedsPagePath = (locale: SiteLocale = 'de') => withLocale(locale, '/feeds')

export const CITATION_FORMATS = ['bib', 'ris', 'json'] as const
export type CitationFormat = (typeof CITATION_FORMATS)[number]
export const CITATION_SEGMENT: Record<SiteLocale, string> = { de: 'zitieren', en: 'cite' }

/** "/zitieren/forschung/<slug>.bib", "/en/cite/talks/<slug>.ris". */
export const citationPath = (
  collection: PublicationCollection,
  slug: string,
  format: CitationFormat,
  locale: SiteLocale = 'de',
) =>
  withLocale(
    locale,
    `/${CITATION_SEGMENT[locale]}/${PAGE_SEGMENTS[collection][locale]}/${encodeURIComponent(slug)}.${format}`,
  )

export const isPageCollection = (value: unknown): value is PageCollection =>
  typeof value === 'string' && Object.hasOwn(PAGE_SEGMENTS, value)

/** The collection whose page segment (in this language) is `segment`, if any. */
export const collectionOfSegment = (segment: string, locale: SiteLocale) =>
  (Object.keys(PAGE_SEGMENTS) as PageCollection[]).find(
    (collection) => PAGE_SEGMENTS[collection][locale] === segment,
  )

/** The list of all items of a kind: "/vortraege", "/en/talks". */
export const sectionPath = (collection: PageCollection, locale: SiteLocale = 'de') =>
  withLocale(locale, `/${PAGE_SEGMENTS[collection][locale]}`)

/**
 * Where a list is rendered: the proxy rewrites "/vortraege?topic=ki" to "/liste/talks/topic.ki"
 * (src/site/sections/sectionListPath.ts). Never linked; readers only see the section's path.
 */
export const SECTION_LIST_SEGMENT = 'liste'

export const sectionListRoutePath = (
  collection: PageCollection,
  filters: string,
  locale: SiteLocale,
) => withLocale(locale, `/${SECTION_LIST_SEGMENT}/${collection}/${filters}`)

/** Pages every German organisation's site must have; their addresses never change. */
export const LEGAL_PAGES = ['imprint', 'privacy', 'contact', 'accessibility'] as const
export type LegalPage = (typeof LEGAL_PAGES)[number]

export const LEGAL_SEGMENTS: Record<LegalPage, Record<SiteLocale, string>> = {
  imprint: { de: 'impressum', en: 'imprint' },
  privacy: { de: 'datenschutz', en: 'privacy' },
  contact: { de: 'kontakt', en: 'contact' },
  accessibility: { de: 'barrierefreiheit', en: 'accessibility' },
}

export const legalPath = (page: LegalPage, locale: SiteLocale = 'de') =>
  withLocale(locale, `/${LEGAL_SEGMENTS[page][locale]}`)
