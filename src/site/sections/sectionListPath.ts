import {
  PAGE_SEGMENTS,
  SITE_LOCALES,
  sectionListRoutePath,
  sectionPath,
  type PageCollection,
  type SiteLocale,
} from '@/site/paths'
import { rawParamsOf } from '@/site/rawParams'

import { sectionQueryFrom, sectionSegmentOf } from './sectionQuery'

const SECTION_OF_PATH = new Map<string, { collection: PageCollection; locale: SiteLocale }>(
  SITE_LOCALES.flatMap((locale) =>
    (Object.keys(PAGE_SEGMENTS) as PageCollection[]).map(
      (collection) => [sectionPath(collection, locale), { collection, locale }] as const,
    ),
  ),
)

/**
 * The route that renders the list a reader asked for ("/vortraege?year=2021&topic=ki" →
 * "/liste/talks/topic.ki~year.2021"), or undefined for any other address. A page that reads its
 * query is rendered per request; with the filters in the path instead, each list is rendered
 * once and then served from the full-route cache until content changes, like a detail page.
 * Equal lists share one entry: unknown or invalid parameters are dropped, names sorted.
 */
export function sectionListPath(pathname: string, searchParams: URLSearchParams) {
  const section = SECTION_OF_PATH.get(pathname)
  if (!section) return undefined
  const filters = sectionSegmentOf(sectionQueryFrom(rawParamsOf(searchParams)))
  return sectionListRoutePath(section.collection, filters, section.locale)
}
