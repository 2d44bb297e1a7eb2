import { notFound } from 'next/navigation'
import { setRequestLocale } from 'next-intl/server'

import { DEFAULT_LOCALE, isSiteLocale, type PageCollection, type SiteLocale } from './paths'
import { findForPage, textLanguages } from './publications'

/**
 * The language of what a page says: an English page of an untranslated item shows German text,
 * and says so to Scholar (citation_language) and search engines (JSON-LD inLanguage).
 */
const contentLocale = (locale: SiteLocale, isFallback: boolean): SiteLocale =>
  isFallback ? DEFAULT_LOCALE : locale

export type DetailParams = Promise<{ locale: string; slug: string }>

// Pages get their segment still encoded; one that does not decode names no document.
function decodedSlug(slug: string): string | null {
  try {
    return decodeURIComponent(slug)
  } catch {
    return null
  }
}

/** What every detail page does first: the language, then the document or a 404. */
export async function loadDetail<C extends PageCollection>(collection: C, params: DetailParams) {
  const { locale, slug } = await params
  if (!isSiteLocale(locale)) notFound()
  setRequestLocale(locale)
  const decoded = decodedSlug(slug)
  if (decoded === null) notFound()
  const { doc, isPreview } = await findForPage(collection, decoded, locale)
  if (!doc) notFound()
  const { langOf, isFallback } = await textLanguages(collection, String(doc.id), locale)
  return {
    doc,
    isPreview,
    locale,
    langOf,
    isFallback,
    contentLocale: contentLocale(locale, isFallback),
  }
}

/** The same, for generateMetadata: no 404 there, Next.js renders the page's own. */
export async function loadDetailForMetadata<C extends PageCollection>(
  collection: C,
  params: DetailParams,
) {
  const { locale, slug } = await params
  const decoded = decodedSlug(slug)
  if (!isSiteLocale(locale) || decoded === null) return null
  const { doc } = await findForPage(collection, decoded, locale)
  if (!doc) return null
  const { isFallback } = await textLanguages(collection, String(doc.id), locale)
  return { doc, locale, contentLocale: contentLocale(locale, isFallback) }
}
