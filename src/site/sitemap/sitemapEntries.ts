import { absoluteUrl } from '../absoluteUrl'
import { cachedRead } from '../cache'
import {
  feedsPagePath,
  homePath,
  LEGAL_PAGES,
  legalPath,
  PAGE_SEGMENTS,
  pagePath,
  sectionPath,
  SITE_LOCALES,
  type PageCollection,
  type SiteLocale,
} from '../paths'
import { getSitePayload } from '../payloadClient'

/** Slugs and change dates of every public document of a kind, read as an anonymous visitor. */
async function readPublicPages(collection: PageCollection) {
  const payload = await getSitePayload()
  const { docs } = await payload.find({
    collection,
    overrideAccess: false,
    draft: false,
    pagination: false,
    depth: 0,
    select: { slug: true, updatedAt: true },
  })
  return docs.map((doc) => ({ slug: String(doc.slug), updatedAt: String(doc.updatedAt) }))
}

const readPublicPagesCached = cachedRead('sitemap', readPublicPages)

/** The legal pages editors have written (one that does not exist yet answers 404). */
async function readLegalPages() {
  const payload = await getSitePayload()
  const { docs } = await payload.find({
    collection: 'pages',
    overrideAccess: false,
    pagination: false,
    depth: 0,
    select: { key: true, updatedAt: true },
  })
  const written = new Map(docs.map((doc) => [doc.key, String(doc.updatedAt)]))
  return LEGAL_PAGES.flatMap((page) => {
    const updatedAt = written.get(page)
    return updatedAt ? [{ page, updatedAt }] : []
  })
}

const readLegalPagesCached = cachedRead('sitemap-legal', readLegalPages)

export type SitemapEntry = {
  url: string
  lastModified?: string
  /** The page in each language (hreflang alternates), itself included. */
  languages: Record<SiteLocale, string>
}

function entry(pathIn: (locale: SiteLocale) => string, lastModified?: string): SitemapEntry[] {
  const languages = Object.fromEntries(
    SITE_LOCALES.map((l) => [l, absoluteUrl(pathIn(l))]),
  ) as Record<SiteLocale, string>
  return SITE_LOCALES.map((locale) => ({
    url: absoluteUrl(pathIn(locale)),
    ...(lastModified ? { lastModified } : {}),
    languages,
  }))
}

/**
 * Every public, indexable page in both languages, each naming its other-language version
 * (hreflang). Drafts and items under embargo are not public, so they are not read; the search
 * page is `noindex`, so it is not listed.
 */
export async function sitemapEntries(): Promise<SitemapEntry[]> {
  const collections = Object.keys(PAGE_SEGMENTS) as PageCollection[]
  const pages = await Promise.all(
    collections.map(async (collection) =>
      (await readPublicPagesCached(collection)).flatMap(({ slug, updatedAt }) =>
        entry((locale) => pagePath(collection, slug, locale), updatedAt),
      ),
    ),
  )
  const sections = collections.flatMap((collection) =>
    entry((locale) => sectionPath(collection, locale)),
  )
  const legal = (await readLegalPagesCached()).flatMap(({ page, updatedAt }) =>
    entry((locale) => legalPath(page, locale), updatedAt),
  )
  return [...entry(homePath), ...sections, ...entry(feedsPagePath), ...legal, ...pages.flat()]
}
