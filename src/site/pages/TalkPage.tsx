import { SiteRichText } from '@/site/components/SiteRichText'
import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import type { Event, Person } from '@/payload-types'
import { citationMetaTags } from '@/site/citations/citationMetaTags'
import { cslItemOf } from '@/site/citations/cslItem'
import { CiteLinks } from '@/site/components/CiteLinks'
import { Byline } from '@/site/components/Byline'
import { DetailHeader } from '@/site/components/DetailHeader'
import { pagePath } from '@/site/paths'
import { JsonLd } from '@/site/components/JsonLd'
import { PeopleLinks } from '@/site/components/PeopleLinks'
import { RelatedContent } from '@/site/components/RelatedContent'
import { TopicLinks } from '@/site/components/TopicLinks'
import { loadDetail, loadDetailForMetadata, type DetailParams } from '@/site/detailPage'
import { detailMetadata } from '@/site/metadata'
import { contributionJsonLd } from '@/site/structuredData'

type Props = { params: DetailParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadDetailForMetadata('talks', params)
  if (!loaded) return {}
  const { doc, locale, contentLocale } = loaded
  return detailMetadata('talks', doc, locale, {
    description: doc.abstract,
    other: citationMetaTags(cslItemOf('talks', doc, locale, contentLocale)),
  })
}

export default async function TalkPage({ params }: Props) {
  const {
    doc: talk,
    isPreview,
    locale,
    langOf,
    isFallback,
    contentLocale,
  } = await loadDetail('talks', params)
  const t = await getTranslations('publication')
  const event = typeof talk.event === 'object' ? talk.event : null
  const speakers = (talk.speakers ?? []).filter((p): p is Person => typeof p === 'object')
  return (
    <article>
      <JsonLd
        inLanguage={contentLocale}
        data={contributionJsonLd(
          'talks',
          talk,
          speakers,
          talk.abstract,
          event as Event | null,
          locale,
        )}
      />
      <DetailHeader
        collection="talks"
        title={talk.title}
        locale={locale}
        sharePath={pagePath('talks', talk.slug, locale)}
        isPreview={isPreview}
        titleLang={langOf('title')}
        isFallback={isFallback}
      >
        <Byline people={talk.speakers} event={event} date={talk.publishedAt} locale={locale} />
      </DetailHeader>
      {talk.abstract && (
        <p className="lead" lang={langOf('abstract')}>
          {talk.abstract}
        </p>
      )}
      {talk.body && (
        <div lang={langOf('body')}>
          <SiteRichText data={talk.body} />
        </div>
      )}
      {talk.quotes && talk.quotes.length > 0 && (
        <section aria-labelledby="zitate">
          <h2 id="zitate">{t('quotes')}</h2>
          {talk.quotes.map((quote) => (
            <blockquote key={quote.id}>
              <p>{quote.text}</p>
              {typeof quote.person === 'object' && quote.person && (
                <footer>
                  — <PeopleLinks people={[quote.person]} locale={locale} />
                </footer>
              )}
            </blockquote>
          ))}
        </section>
      )}
      {(talk.slidesUrl || talk.videoUrl) && (
        <ul className="links">
          {talk.slidesUrl && (
            <li>
              <a href={talk.slidesUrl}>{t('slides')}</a>
            </li>
          )}
          {talk.videoUrl && (
            <li>
              <a href={talk.videoUrl}>{t('video')}</a>
            </li>
          )}
        </ul>
      )}
      <CiteLinks collection="talks" doc={talk} locale={locale} />
      <TopicLinks topics={talk.topics} locale={locale} />
      <RelatedContent related={talk.related} locale={locale} />
    </article>
  )
}
