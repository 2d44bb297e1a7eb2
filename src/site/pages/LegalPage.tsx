import { SiteRichText } from '@/site/components/SiteRichText'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { cachedRead } from '@/site/cache'
import { formatDate } from '@/site/formatDate'
import { alternatesOf } from '@/site/metadata'
import { legalPath, type LegalPage, type SiteLocale } from '@/site/paths'
import { getSitePayload } from '@/site/payloadClient'

type Props = { params: Promise<{ locale: SiteLocale }> }

async function readLegalPage(key: LegalPage, locale: SiteLocale) {
  const payload = await getSitePayload()
  const { docs } = await payload.find({
    collection: 'pages',
    where: { key: { equals: key } },
    overrideAccess: false,
    locale,
    limit: 1,
    depth: 0,
  })
  return docs[0] ?? null
}

const readLegalPageCached = cachedRead('legal-page', readLegalPage)

// A miss is read again uncached: a cached "not found" from before the page was written must
// not hide it for the cache's lifetime.
const findLegalPage = async (key: LegalPage, locale: SiteLocale) =>
  (await readLegalPageCached(key, locale)) ?? (await readLegalPage(key, locale))

/** Impressum, Datenschutz, Kontakt, Barrierefreiheit: text as editors keep it in "Pflichtseiten". */
export function legalPage(key: LegalPage) {
  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const { locale } = await params
    const page = await findLegalPage(key, locale)
    return { title: page?.title, alternates: alternatesOf(locale, (l) => legalPath(key, l)) }
  }

  async function Page({ params }: Props) {
    const { locale } = await params
    setRequestLocale(locale)
    const page = await findLegalPage(key, locale)
    if (!page) notFound()
    const t = await getTranslations('legal')
    return (
      <article className="legal-page">
        <h1>{page.title}</h1>
        <SiteRichText data={page.body} />
        <p className="meta">{t('updated', { date: formatDate(page.updatedAt, locale) })}</p>
      </article>
    )
  }

  return { generateMetadata, Page }
}

export const legalPages = {
  imprint: legalPage('imprint'),
  privacy: legalPage('privacy'),
  contact: legalPage('contact'),
  accessibility: legalPage('accessibility'),
}
