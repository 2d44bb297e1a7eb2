import { notFound } from 'next/navigation'
import { setRequestLocale } from 'next-intl/server'

import { isSiteLocale, type PageCollection } from './paths'
import { findForPage, textLanguages } from './publications'

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
  return { doc, isPreview, locale, langOf, isFallback }
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
  return doc ? { doc, locale } : null
}
