import type { Metadata } from 'next'

import {
  FEED_FORMATS,
  feedPath,
  pagePath,
  SITE_LOCALES,
  type FeedFormat,
  type FeedScope,
  type PageCollection,
  type SiteLocale,
} from './paths'

/** Canonical URL of this language's page and hreflang links to every language's version. */
export function alternatesOf(
  locale: SiteLocale,
  pathIn: (locale: SiteLocale) => string,
): Metadata['alternates'] {
  return {
    canonical: pathIn(locale),
    languages: {
      ...Object.fromEntries(SITE_LOCALES.map((l) => [l, pathIn(l)])),
      'x-default': pathIn('de'),
    },
  }
}

type Described = {
  title: string
  slug: string
  seo?: { title?: string | null; description?: string | null; image?: unknown } | null
}

/** Title, description, canonical/hreflang and OpenGraph of a detail page. */
export function detailMetadata(
  collection: PageCollection,
  doc: Described,
  locale: SiteLocale,
  {
    description,
    openGraphType = 'article',
    other,
  }: {
    description?: string | null
    openGraphType?: 'article' | 'profile' | 'website'
    other?: Metadata['other']
  } = {},
): Metadata {
  const title = doc.seo?.title || doc.title
  const text = doc.seo?.description || description || undefined
  const image =
    typeof doc.seo?.image === 'object' && doc.seo.image !== null && 'url' in doc.seo.image
      ? String(doc.seo.image.url)
      : undefined
  return {
    title,
    description: text,
    alternates: alternatesOf(locale, (l) => pagePath(collection, doc.slug, l)),
    openGraph: {
      type: openGraphType,
      title,
      description: text,
      url: pagePath(collection, doc.slug, locale),
      ...(image ? { images: [image] } : {}),
    },
    other,
  }
}

const FEED_TYPES: Record<FeedFormat, { type: string; label: string }> = {
  'rss.xml': { type: 'application/rss+xml', label: 'RSS' },
  'atom.xml': { type: 'application/atom+xml', label: 'Atom' },
  'feed.json': { type: 'application/feed+json', label: 'JSON Feed' },
}

/** `<link rel="alternate" type=…>` for each format of a feed, for `alternates.types`. */
export function feedAlternates(scope: FeedScope, locale: SiteLocale, title: string) {
  return Object.fromEntries(
    FEED_FORMATS.map((format) => [
      FEED_TYPES[format].type,
      [{ url: feedPath(scope, format, locale), title: `${title} (${FEED_TYPES[format].label})` }],
    ]),
  )
}

export const feedLabel = (format: FeedFormat) => FEED_TYPES[format].label
