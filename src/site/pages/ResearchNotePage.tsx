import { LicenceLink } from '@/site/components/LicenceLink'
import { SiteRichText } from '@/site/components/SiteRichText'
import { formatFileSize } from '@/site/licence'
import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

import { absoluteUrl } from '@/site/absoluteUrl'
import { citationMetaTags } from '@/site/citations/citationMetaTags'
import { cslItemOf } from '@/site/citations/cslItem'
import { CiteLinks } from '@/site/components/CiteLinks'
import { Byline } from '@/site/components/Byline'
import { DetailHeader } from '@/site/components/DetailHeader'
import { JsonLd } from '@/site/components/JsonLd'
import { RelatedContent } from '@/site/components/RelatedContent'
import { TopicLinks } from '@/site/components/TopicLinks'
import { loadDetail, loadDetailForMetadata, type DetailParams } from '@/site/detailPage'
import { detailMetadata } from '@/site/metadata'
import { pagePath } from '@/site/paths'
import { researchNoteJsonLd } from '@/site/structuredData'

type Props = { params: DetailParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadDetailForMetadata('researchNotes', params)
  if (!loaded) return {}
  const { doc, locale, contentLocale } = loaded
  const pdf = typeof doc.pdf === 'object' && doc.pdf?.url ? absoluteUrl(doc.pdf.url) : null
  return detailMetadata('researchNotes', doc, locale, {
    description: doc.abstract,
    other: citationMetaTags(cslItemOf('researchNotes', doc, locale, contentLocale), pdf),
  })
}

export default async function ResearchNotePage({ params }: Props) {
  const {
    doc: note,
    isPreview,
    locale,
    langOf,
    isFallback,
    contentLocale,
  } = await loadDetail('researchNotes', params)
  const t = await getTranslations('publication')
  const publisher = typeof note.citation?.publisher === 'object' ? note.citation.publisher : null
  const pdf = typeof note.pdf === 'object' ? note.pdf : null
  return (
    <article>
      <JsonLd inLanguage={contentLocale} data={researchNoteJsonLd(note, locale)} />
      <DetailHeader
        collection="researchNotes"
        title={note.title}
        locale={locale}
        sharePath={pagePath('researchNotes', note.slug, locale)}
        isPreview={isPreview}
        titleLang={langOf('title')}
        isFallback={isFallback}
      >
        <Byline people={note.authors} date={note.publishedAt} locale={locale} />
      </DetailHeader>
      {note.abstract && (
        <p className="lead" lang={langOf('abstract')}>
          {note.abstract}
        </p>
      )}
      <dl className="facts">
        {publisher && (
          <>
            <dt>{note.citation?.series || publisher.name}</dt>
            <dd>
              <Link href={pagePath('organisations', publisher.slug, locale)}>{publisher.name}</Link>
              {note.citation?.number && <> · Nr. {note.citation.number}</>}
              {note.citation?.place && <> · {note.citation.place}</>}
            </dd>
          </>
        )}
        {note.doi && (
          <>
            <dt>{t('doi')}</dt>
            <dd>
              <a href={`https://doi.org/${note.doi}`}>{note.doi}</a>
            </dd>
          </>
        )}
        <dt>{t('licence')}</dt>
        <dd>
          <LicenceLink value={note.licence} locale={locale} />
        </dd>
      </dl>
      {pdf?.url && (
        <p>
          <a href={pdf.url} type="application/pdf" download>
            {pdf.filesize
              ? t('pdfLink', { size: `PDF, ${formatFileSize(pdf.filesize, locale)}` })
              : `${t('pdf')} (PDF)`}
          </a>
        </p>
      )}
      {note.body && (
        <div lang={langOf('body')}>
          <SiteRichText data={note.body} />
        </div>
      )}
      {note.references && note.references.length > 0 && (
        <section aria-labelledby="literatur">
          <h2 id="literatur">{t('references')}</h2>
          <ol className="references">
            {note.references.map((reference) => (
              <li key={reference.id}>
                {reference.citation}
                {reference.doi && (
                  <>
                    {' '}
                    <a href={`https://doi.org/${reference.doi}`}>doi:{reference.doi}</a>
                  </>
                )}
                {!reference.doi && reference.url && (
                  <>
                    {' '}
                    <a href={reference.url}>{reference.url}</a>
                  </>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
      <CiteLinks collection="researchNotes" doc={note} locale={locale} />
      <TopicLinks topics={note.topics} locale={locale} />
      <RelatedContent related={note.related} locale={locale} />
    </article>
  )
}
